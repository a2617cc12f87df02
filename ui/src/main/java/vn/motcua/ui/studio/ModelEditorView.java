package vn.motcua.ui.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.studio.Finding;
import vn.motcua.engine.studio.ModelDraft;
import vn.motcua.engine.studio.ModelTestRun;
import vn.motcua.engine.studio.PolicyStudio;
import vn.motcua.engine.studio.StudioRefusedException;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.base.UploadTexts;
import vn.motcua.ui.identity.CurrentUser;

/**
 * The editor for policy staff: the procedure's draft in the bpmn-js modeler with the Camunda 7
 * properties panel and MotCua's building blocks, and its form in the form-js editor. Every change
 * is saved as the next revision of the server-side draft; a save over someone else's newer one is
 * refused and said. Validate (marks at the offending elements and a list), test-run, export,
 * import, submit for review.
 */
@Route(value = "quy-trinh/:code/soan-thao", layout = MainLayout.class)
@RolesAllowed("POLICY")
@JavaScript("context://vendor/camunda-bpmn-js/5.35.0/camunda-platform-modeler.production.min.js")
@JavaScript("context://vendor/form-js/1.23.0/form-editor.umd.js")
@JavaScript("context://studio/motcua-studio.js")
@StyleSheet("context://vendor/camunda-bpmn-js/5.35.0/assets/camunda-platform-modeler.css")
@StyleSheet("context://vendor/form-js/1.23.0/assets/form-js.css")
@StyleSheet("context://vendor/form-js/1.23.0/assets/form-js-editor.css")
@StyleSheet("context://studio/motcua-studio.css")
@SuppressWarnings("deprecation") // MemoryBuffer: a model file is read at once, then dropped
public class ModelEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PolicyStudio studio;
    private final ModelTestRun testRun;
    private final ProcedureCatalogue catalogue;
    private final StaffDirectory directory;
    private final StaffMember staff;
    private String code;
    private ModelDraft draft;
    private String bpmnXml;
    private String formJson;
    private List<BuildingBlocks.Group> groups;
    private final Div canvas = new Div();
    private final Div properties = new Div();
    private final Div formEditor = new Div();
    private final Paragraph saveState = new Paragraph();
    private final UnorderedList findings = new UnorderedList();
    private final UnorderedList path = new UnorderedList();
    private final Select<BuildingBlocks.Group> group = new Select<>();
    private String selectedId;

    public ModelEditorView(CurrentUser currentUser, PolicyStudio studio, ModelTestRun testRun, ProcedureCatalogue catalogue,
                           StaffDirectory directory) {
        this.studio = studio;
        this.testRun = testRun;
        this.catalogue = catalogue;
        this.directory = directory;
        this.staff = currentUser.require().staff().orElseThrow();
        setId("studio-editor");
        addClassName("motcua-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get(ModelView.CODE).orElse("");
        var entry = catalogue.find(code);
        if (entry.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        draft = studio.openDraft(staff, code);
        bpmnXml = draft.bpmnXml();
        formJson = draft.formJson();
        groups = BuildingBlocks.groups(directory, this::getTranslation);
        add(new H1(getTranslation("studio.editorTitle", code)), new Paragraph(entry.get().title()));
        saveState.setId("studio-save-state");
        saveState.getElement().setAttribute("aria-live", "polite");
        showSaved();
        add(saveState);
        if (draft.state() == ModelDraft.State.SUBMITTED) {
            add(new Paragraph(getTranslation("studio.draft.SUBMITTED")));
        }
        if (draft.reviewComment() != null) {
            add(new Paragraph(getTranslation("studio.sentBackWith", draft.reviewComment())));
        }
        add(blocks());
        canvas.addClassName("motcua-canvas");
        canvas.setId("studio-canvas");
        properties.addClassName("motcua-properties");
        properties.setId("studio-properties");
        Div editor = new Div(canvas, properties);
        editor.addClassName("motcua-editor");
        formEditor.addClassName("motcua-form-editor");
        formEditor.setId("studio-form-editor");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("studio.tabModel"), editor);
        tabs.add(getTranslation("studio.tabForm"), formEditor);
        add(tabs, actions());
        canvas.getElement().executeJs("MotcuaStudio.modeler(this, $1, $0, JSON.parse($2), $3.$server, JSON.parse($4))", bpmnXml,
                properties.getElement(), BuildingBlocks.templates(groups), getElement(), ModelerTexts.forLocale(getLocale()));
        formEditor.getElement().executeJs("MotcuaStudio.formEditor(this, $0, $1.$server)", formJson, getElement());
    }

    /** The building blocks and the group of the selected step, picked from lists. */
    private Div blocks() {
        Div blocks = new Div();
        blocks.add(new H2(getTranslation("studio.blocks")), new Paragraph(getTranslation("studio.blocksHelp")));
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (BuildingBlocks.Block block : BuildingBlocks.BLOCKS) {
            Button add = new Button(block.name(), e -> canvas.getElement().executeJs(
                    "return MotcuaStudio.insertAfterSelected(this, JSON.parse($0))", BuildingBlocks.template(block.id(), groups))
                    .then(String.class, id -> {
                        if ("select-one-outgoing".equals(id)) {
                            saveState.setText(getTranslation("studio.selectFirst"));
                        } else if (block.group() == null && block.delegate() == null) {
                            // the group is chosen afterwards, from the list: never typed
                            canvas.getElement().executeJs("MotcuaStudio.setGroup(this, $0, undefined)", id);
                        }
                    }));
            add.setId("studio-block-" + block.id().substring("motcua.".length()));
            buttons.add(add);
        }
        group.setId("studio-group");
        group.setLabel(getTranslation("studio.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(BuildingBlocks.Group::label);
        group.setEnabled(false);
        group.setWidth("28em");
        group.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && selectedId != null) {
                canvas.getElement().executeJs("MotcuaStudio.setGroup(this, $0, $1)", selectedId, e.getValue().value());
            }
        });
        blocks.add(buttons, group);
        return blocks;
    }

    private HorizontalLayout actions() {
        Button validate = new Button(getTranslation("studio.validate"), e -> validate());
        validate.setId("studio-validate");
        Select<ModelTestRun.Scenario> scenario = new Select<>();
        scenario.setId("studio-scenario");
        scenario.setLabel(getTranslation("studio.scenario"));
        scenario.setItems(ModelTestRun.Scenario.values());
        scenario.setItemLabelGenerator(s -> getTranslation("studio.scenario." + s.name()));
        scenario.setValue(ModelTestRun.Scenario.APPROVE);
        Button run = new Button(getTranslation("studio.testRun"), e -> testRun(scenario.getValue()));
        run.setId("studio-test-run");
        TextArea note = new TextArea(getTranslation("studio.changeNote"));
        note.setId("studio-change-note");
        note.setWidth("28em");
        Button submit = new Button(getTranslation("studio.submit"), e -> {
            try {
                studio.submit(staff, code, draft.revision(), note.getValue());
                UI.getCurrent().navigate(ModelView.class, new RouteParameters(ModelView.CODE, code));
            } catch (StudioRefusedException ex) {
                note.setInvalid(true);
                note.setErrorMessage(String.join("; ", ex.fieldErrors().values()));
                validate();
            }
        });
        submit.setId("studio-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor exportBpmn = new Anchor(new StreamResource("tthc_" + code + ".bpmn",
                () -> new ByteArrayInputStream(bpmnXml.getBytes(StandardCharsets.UTF_8))), getTranslation("studio.exportBpmn"));
        exportBpmn.getElement().setAttribute("download", true);
        exportBpmn.setId("studio-export-bpmn");
        Anchor exportForm = new Anchor(new StreamResource(code + ".form",
                () -> new ByteArrayInputStream(formJson.getBytes(StandardCharsets.UTF_8))), getTranslation("studio.exportForm"));
        exportForm.getElement().setAttribute("download", true);
        exportForm.setId("studio-export-form");
        Upload importFile = new Upload(new MemoryBuffer());
        importFile.setId("studio-import");
        // the widget's own words in the page's language; its button says what it takes in
        importFile.setI18n(UploadTexts.of(this::getTranslation)
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("studio.import"))));
        importFile.setAcceptedFileTypes(".bpmn", ".form", ".xml", ".json");
        importFile.setMaxFileSize(2_000_000);
        importFile.addSucceededListener(e -> importFile(e.getFileName(),
                ((MemoryBuffer) importFile.getReceiver()).getInputStream()));
        findings.setId("studio-findings");
        path.setId("studio-path");
        Div results = new Div(new H2(getTranslation("studio.findings")), findings, new H2(getTranslation("studio.path")), path);
        HorizontalLayout bar = new HorizontalLayout(validate, scenario, run, note, submit, exportBpmn, exportForm, importFile);
        bar.setWrap(true);
        bar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(bar);
        return new HorizontalLayout(results);
    }

    @ClientCallable
    void modelChanged(String xml) {
        save(xml, formJson);
    }

    @ClientCallable
    void formChanged(String json) {
        save(bpmnXml, json);
    }

    @ClientCallable
    void selected(String id, String type, String candidateGroup) {
        selectedId = id;
        boolean userTask = "bpmn:UserTask".equals(type);
        group.setEnabled(userTask);
        group.setValue(userTask ? groups.stream().filter(g -> g.value().equals(candidateGroup)).findFirst().orElse(null) : null);
    }

    private void save(String xml, String json) {
        try {
            draft = studio.saveDraft(staff, code, draft.revision(), xml, json);
            bpmnXml = xml;
            formJson = json;
            showSaved();
        } catch (StudioRefusedException e) {
            saveState.setText(String.join("; ", e.fieldErrors().values()));
            saveState.getElement().setAttribute("data-state", "refused");
        }
    }

    private void showSaved() {
        saveState.setText(getTranslation("studio.saved", String.valueOf(draft.revision()), draft.editorName(),
                StudioFormat.time(draft.updatedAt())));
        saveState.getElement().setAttribute("data-revision", String.valueOf(draft.revision()));
        saveState.getElement().setAttribute("data-state", "saved");
    }

    private void importFile(String name, java.io.InputStream in) {
        try {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            boolean form = name.endsWith(".form") || name.endsWith(".json");
            save(form ? bpmnXml : text, form ? text : formJson);
            if (!form && "saved".equals(saveState.getElement().getAttribute("data-state"))) {
                canvas.getElement().executeJs("MotcuaStudio.replaceXml(this, $0)", text);
            } else if (form && "saved".equals(saveState.getElement().getAttribute("data-state"))) {
                formEditor.getElement().executeJs("this.motcuaFormEditor.importSchema(JSON.parse($0))", text);
            }
        } catch (java.io.IOException e) {
            saveState.setText(getTranslation("studio.importFailed"));
        }
    }

    private void validate() {
        List<Finding> list = studio.validateDraft(staff, code);
        findings.removeAll();
        ArrayNode marks = JSON.createArrayNode();
        for (Finding f : list) {
            String message = f.message(getLocale());
            ListItem item = new ListItem(message);
            item.getElement().setAttribute("data-element", f.elementId() == null ? "" : f.elementId());
            item.getElement().setAttribute("data-rule", f.rule().name());
            findings.add(item);
            marks.addObject().put("elementId", f.elementId()).put("message", message);
        }
        if (list.isEmpty()) {
            ListItem ok = new ListItem(getTranslation("studio.valid"));
            ok.setId("studio-valid");
            findings.add(ok);
        }
        canvas.getElement().executeJs("MotcuaStudio.showFindings(this, JSON.parse($0))", marks.toString());
    }

    private void testRun(ModelTestRun.Scenario scenario) {
        path.removeAll();
        try {
            ModelTestRun.Result result = testRun.run(staff, code, scenario);
            ArrayNode ids = JSON.createArrayNode();
            for (ModelTestRun.Step step : result.path()) {
                if (step.name() != null && !step.type().contains("Gateway")) {
                    ListItem item = new ListItem(step.name());
                    item.getElement().setAttribute("data-element", step.elementId());
                    path.add(item);
                }
                ids.add(step.elementId());
            }
            ListItem end = new ListItem(result.ended() ? getTranslation("studio.runEnded", String.valueOf(result.endName()))
                    : String.valueOf(result.stoppedReason()));
            end.setId("studio-run-end");
            path.add(end);
            canvas.getElement().executeJs("MotcuaStudio.showPath(this, JSON.parse($0))", ids.toString());
        } catch (StudioRefusedException e) {
            ListItem failed = new ListItem(String.join("; ", e.fieldErrors().values()));
            failed.setId("studio-run-end");
            path.add(failed);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studio.editorTitle", code) + " | MotCua";
    }
}
