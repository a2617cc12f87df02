package vn.motcua.ui.filing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import vn.motcua.forms.schema.FieldType;
import vn.motcua.ui.base.AttachmentUpload;
import vn.motcua.ui.base.ReadOnlyBlock;
import vn.motcua.forms.schema.FormField;
import vn.motcua.forms.schema.FormSchema;

/**
 * Builds the Vaadin form from the procedure's form-js JSON, the same file the server validates
 * against: one component per field (id {@code form-<key>}), hidden per the field's condition,
 * a form's text as one static block, uploads stored as attachments right away (their ids become
 * the field's value). The filing wizard shows the entry fields and the uploads as separate steps
 * ({@link Part}); the uploads step is built the first time it is shown, since its widgets are the
 * heaviest part of a citizen's session.
 */
public final class FormRenderer extends Div {

    /** The wizard's steps that hold form fields. */
    enum Part { FIELDS, UPLOADS }

    /** One line of the review step: the field's label and what was entered, as the citizen reads it. */
    record Line(String key, String label, String value) {
    }

    /** Stores an upload for the applicant; returns its attachment id or throws with the reason. */
    public interface Uploads extends BiFunction<String, byte[], String> {
    }

    /** Option lists longer than this are a combo box the citizen types into. */
    private static final int LONG_LIST = 40;
    private final FormSchema schema;
    private final Map<String, Component> components = new LinkedHashMap<>();
    private final Map<String, List<String>> uploads = new LinkedHashMap<>();
    private final Map<String, Span> uploadedFiles = new LinkedHashMap<>();
    private final Map<String, String> fileNames = new LinkedHashMap<>();
    private final Map<String, Span> uploadErrors = new LinkedHashMap<>();
    private final FormLayout fieldsLayout = new FormLayout();
    private final FormLayout uploadsLayout = new FormLayout();
    private Runnable onChange = () -> { };
    private final Uploads store;
    private final List<FormField> uploadStep = new ArrayList<>();
    private boolean uploadStepBuilt;

    /** The whole form at once, entry fields and uploads (the counter's reception). */
    public FormRenderer(FormSchema schema, Map<String, String> prefill, Uploads store) {
        this(schema, prefill, store, false);
    }

    /**
     * The form as the filing wizard's steps: the uploads step is built the first time it is
     * shown ({@link #show(Part)}) or one of its fields needs a message.
     */
    static FormRenderer inSteps(FormSchema schema, Map<String, String> prefill, Uploads store) {
        return new FormRenderer(schema, prefill, store, true);
    }

    private FormRenderer(FormSchema schema, Map<String, String> prefill, Uploads store, boolean uploadsWhenShown) {
        this.schema = schema;
        this.store = store;
        fieldsLayout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        uploadsLayout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        uploadsLayout.setId("procedure-uploads");
        fieldsLayout.setId("procedure-fields");
        add(fieldsLayout, uploadsLayout);
        for (FormField field : schema.fields()) {
            if (onUploadsStep(field)) {
                uploadStep.add(field);
            } else {
                add(field, fieldsLayout, prefill);
            }
        }
        if (!uploadsWhenShown) {
            buildUploadStep();
        }
        // in the wizard, the uploads wait for their step: until then they would be hidden
        // components holding session memory (upload widgets are the heaviest)
        applyConditions();
    }

    private static boolean onUploadsStep(FormField field) {
        return field.type() == FieldType.FILEPICKER || field.documentsStep();
    }

    /** Builds one field's component into its step's layout. */
    private void add(FormField field, FormLayout layout, Map<String, String> prefill) {
        Component component = switch (field.type()) {
            case TEXT -> text(field.label());
            case TEXTFIELD -> new TextField(field.label());
            case TEXTAREA -> new TextArea(field.label());
            case NUMBER -> new NumberField(field.label());
            case DATETIME -> new DatePicker(field.label());
            case SELECT -> {
                if (field.options().size() > LONG_LIST) {
                    // thousands of wards: typed and filtered, not scrolled
                    com.vaadin.flow.component.combobox.ComboBox<String> combo =
                            new com.vaadin.flow.component.combobox.ComboBox<>(field.label());
                    combo.setItems(field.optionValues());
                    combo.setItemLabelGenerator(field::optionLabel);
                    combo.setClearButtonVisible(true);
                    yield combo;
                }
                Select<String> select = new Select<>();
                select.setLabel(field.label());
                select.setItems(field.optionValues());
                select.setItemLabelGenerator(field::optionLabel);
                yield select;
            }
            case RADIO -> {
                RadioButtonGroup<String> radio = new RadioButtonGroup<>(field.label());
                radio.setItems(field.optionValues());
                radio.setItemLabelGenerator(field::optionLabel);
                yield radio;
            }
            case CHECKBOX -> new Checkbox(field.label());
            case FILEPICKER -> upload(field);
        };
        if (field.key() != null) {
            component.setId("form-" + field.key());
            components.put(field.key(), component);
            if (component instanceof HasValue<?, ?> value) {
                value.addValueChangeListener(e -> {
                    applyConditions();
                    if (e.isFromClient()) {
                        onChange.run();
                    }
                });
                if (field.rules().required()) {
                    value.setRequiredIndicatorVisible(true);
                }
            }
            String initial = field.prefillFrom() == null ? null : prefill.get(field.prefillFrom());
            if (initial != null && component instanceof TextField text) {
                text.setValue(initial);
                text.setHelperText(getTranslation("profile.source"));
            }
        }
        layout.add(component);
        if (layout == fieldsLayout && (field.type() == FieldType.TEXT || field.type() == FieldType.TEXTAREA
                || field.type() == FieldType.CHECKBOX || field.type() == FieldType.RADIO)) {
            fieldsLayout.setColspan(component, 2);
        }
    }

    /** The documents step's fields, the first time it is shown (or its fields need a message). */
    private void buildUploadStep() {
        if (uploadStepBuilt) {
            return;
        }
        uploadStepBuilt = true;
        uploadStep.forEach(field -> add(field, uploadsLayout, Map.of()));
        applyConditions();
    }

    /**
     * A form's text (form-js markdown as MotCua's forms write it): a line starting with {@code #} is
     * a heading, other lines are paragraphs. One static node; the text is escaped, never markup.
     */
    static com.vaadin.flow.component.Html text(String markdown) {
        org.jsoup.nodes.Element block = ReadOnlyBlock.root("div", null).addClass("motcua-form-text");
        for (String line : markdown.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            java.util.regex.Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                block.appendElement("h4").text(heading.group(1));
            } else {
                block.appendElement("p").text(line.strip());
            }
        }
        return ReadOnlyBlock.of(block);
    }

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("^#+\\s*(.*)$");

    private Component upload(FormField field) {
        AttachmentUpload upload = new AttachmentUpload(store);
        upload.error().setId("form-" + field.key() + "-error");
        uploadErrors.put(field.key(), upload.error());
        Span files = new Span();
        files.setId("form-" + field.key() + "-files");
        uploadedFiles.put(field.key(), files);
        List<String> stored = uploads.getOrDefault(field.key(), List.of());
        if (!stored.isEmpty()) {
            // files of a restored draft, stored before the step was built
            files.setText(uploadedText(stored));
        }
        upload.onStored((id, name) -> {
            uploads.computeIfAbsent(field.key(), k -> new ArrayList<>()).add(id);
            fileNames.put(id, name);
            onChange.run();
        });
        Div wrapper = new Div(new Span(field.label() + (field.rules().required() ? " *" : "")), upload, files);
        wrapper.addClassName("motcua-upload-field");
        return wrapper;
    }

    /** Shows one step's fields; the other step's stay in place (and keep their values) but hidden. */
    void show(Part part) {
        if (part == Part.UPLOADS) {
            buildUploadStep();
        }
        fieldsLayout.setVisible(part == Part.FIELDS);
        uploadsLayout.setVisible(part == Part.UPLOADS);
    }

    boolean hasUploads() {
        return !uploadStep.isEmpty();
    }

    /** The field keys of a step, so the wizard shows only that step's errors (as {@code formData.<key>}). */
    java.util.Set<String> errorKeys(Part part) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (FormField field : schema.valueFields()) {
            if (onUploadsStep(field) == (part == Part.UPLOADS)) {
                keys.add("formData." + field.key());
            }
        }
        return keys;
    }

    /** What the review step lists: every visible field with a value, in form order. */
    List<Line> review() {
        Map<String, Object> values = values();
        List<Line> lines = new ArrayList<>();
        for (FormField field : schema.valueFields()) {
            Object value = values.get(field.key());
            if (value == null) {
                continue;
            }
            String shown;
            if (value instanceof List<?> ids) {
                shown = String.join(", ", ids.stream().map(id -> fileNames.getOrDefault(id.toString(), id.toString())).toList());
            } else if (!field.options().isEmpty()) {
                shown = field.optionLabel(value.toString());
            } else if (field.type() == FieldType.DATETIME) {
                shown = LocalDate.parse(value.toString()).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            } else if (value instanceof Boolean b) {
                shown = getTranslation(b ? "filing.review.yes" : "filing.review.no");
            } else if (value instanceof Double d && d == Math.rint(d)) {
                shown = Long.toString(d.longValue());
            } else {
                shown = value.toString();
            }
            lines.add(new Line(field.key(), field.label(), shown));
        }
        return lines;
    }

    private boolean isUpload(String key) {
        return uploadStep.stream().anyMatch(field -> field.type() == FieldType.FILEPICKER && key.equals(field.key()));
    }

    /** What a restored draft's upload field says it holds: the stored files' names. */
    private String uploadedText(List<String> attachmentIds) {
        return getTranslation("filing.uploaded", String.join(", ", attachmentIds.stream().map(id -> fileNames.getOrDefault(id, id)).toList()));
    }

    /** Runs after every change the citizen makes (the filing page saves the draft). */
    void onChange(Runnable action) {
        this.onChange = action;
    }

    /** Puts back a saved draft; uploads are shown by the names of the stored files. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void restore(Map<String, Object> values, Map<String, String> attachmentNames) {
        values.forEach((key, value) -> {
            if (value == null) {
                return;
            }
            if (value instanceof List<?> ids && isUpload(key)) {
                List<String> kept = ids.stream().map(Object::toString).filter(attachmentNames::containsKey).toList();
                uploads.put(key, new ArrayList<>(kept));
                kept.forEach(id -> fileNames.put(id, attachmentNames.get(id)));
                if (uploadedFiles.containsKey(key)) {
                    uploadedFiles.get(key).setText(uploadedText(kept));
                }
                return;
            }
            Component component = components.get(key);
            if (component == null) {
                return;
            }
            if (component instanceof DatePicker date) {
                date.setValue(LocalDate.parse(value.toString()));
            } else if (component instanceof NumberField number) {
                number.setValue(Double.valueOf(value.toString()));
            } else if (component instanceof Checkbox checkbox) {
                checkbox.setValue(Boolean.parseBoolean(value.toString()));
            } else if (component instanceof HasValue field) {
                field.setValue(value.toString());
            }
        });
        applyConditions();
    }

    /** Every value entered so far, hidden or not (a draft keeps what the citizen typed). */
    Map<String, Object> draftValues() {
        return rawValues();
    }

    /** Hides fields whose condition holds; hidden fields are not submitted. */
    private void applyConditions() {
        Map<String, Object> values = rawValues();
        for (FormField field : schema.fields()) {
            if (field.hideWhen() != null && components.containsKey(field.key())) {
                components.get(field.key()).setVisible(!field.hiddenGiven(values));
            }
        }
    }

    private Map<String, Object> rawValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        components.forEach((key, component) -> {
            Object value = component instanceof HasValue<?, ?> v ? v.getValue() : null;
            if (value instanceof LocalDate date) {
                value = date.toString();
            } else if (value instanceof Double number) {
                value = number;
            }
            if (uploads.containsKey(key)) {
                value = List.copyOf(uploads.get(key));
            }
            if (value != null && !(value instanceof String s && s.isBlank()) && !(Boolean.FALSE.equals(value))) {
                values.put(key, value);
            }
        });
        // files of a restored draft whose step has not been built yet
        uploads.forEach((key, ids) -> values.putIfAbsent(key, List.copyOf(ids)));
        return values;
    }

    /** The values of the visible fields, as the server expects them. */
    public Map<String, Object> values() {
        Map<String, Object> raw = rawValues();
        Map<String, Object> values = new LinkedHashMap<>(raw);
        for (FormField field : schema.fields()) {
            if (field.key() != null && field.hiddenGiven(raw)) {
                values.remove(field.key());
            }
        }
        return values;
    }

    /** Shows the server's messages on their fields ({@code formData.<key>}). */
    public void showErrors(Map<String, String> errors) {
        if (uploadStep.stream().anyMatch(field -> errors.containsKey("formData." + field.key()))) {
            buildUploadStep();
        }
        components.forEach((key, component) -> {
            String message = errors.get("formData." + key);
            if (component instanceof com.vaadin.flow.component.HasValidation validation) {
                validation.setInvalid(message != null);
                validation.setErrorMessage(message);
            } else if (uploadErrors.containsKey(key)) {
                uploadErrors.get(key).setText(message == null ? "" : message);
            }
        });
    }
}
