package vn.motcua.forms.schema;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import vn.motcua.forms.identity.IdNumberMessages;
import vn.motcua.forms.identity.PersonalIdNumber;

/**
 * Server-side checks of submitted form data against the form's rules, one message per field in
 * the user's language. Hidden fields are skipped; unknown keys are refused (nothing is stored that
 * the form did not ask for).
 */
public final class FormValidator {

    private static final Pattern PHONE = Pattern.compile("(0|\\+84)(3|5|7|8|9)\\d{8}");
    /**
     * A number plate: the province's code (11–99), a series of one letter and a letter or digit,
     * then four digits or five as "123.45" ("30A-123.45", "29B1-234.56", "51F-1234").
     */
    private static final Pattern PLATE = Pattern.compile("(1[1-9]|[2-9]\\d)[A-Z][A-Z0-9]?-(\\d{4}|\\d{3}\\.\\d{2})");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PersonalIdNumber idNumbers;

    public FormValidator(PersonalIdNumber idNumbers) {
        this.idNumbers = idNumbers;
    }

    public Map<String, String> validate(FormSchema schema, Map<String, Object> data, Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle("vn.motcua.forms.messages", locale);
        Map<String, String> errors = new LinkedHashMap<>();
        var known = schema.valueFields().stream().map(FormField::key).toList();
        for (String key : data.keySet()) {
            if (!known.contains(key)) {
                errors.put(key, message(messages, "form.unknown"));
            }
        }
        for (FormField field : schema.valueFields()) {
            if (field.hiddenGiven(data)) {
                continue;
            }
            String problem = check(field, data.get(field.key()), messages, locale);
            if (problem != null) {
                errors.put(field.key(), problem);
            }
        }
        return errors;
    }

    private String check(FormField field, Object value, ResourceBundle messages, Locale locale) {
        FormField.Rules rules = field.rules();
        // a required checkbox is one that must be ticked (a declaration of consent)
        boolean empty = value == null || value.toString().isBlank() || value instanceof Collection<?> c && c.isEmpty()
                || field.type() == FieldType.CHECKBOX && Boolean.FALSE.equals(value);
        if (empty) {
            return rules.required() ? message(messages, "form.required") : null;
        }
        String shape = shapeProblem(field.type(), value, messages);
        if (shape != null) {
            return shape;
        }
        if (field.type() == FieldType.FILEPICKER || field.type() == FieldType.CHECKBOX) {
            return null; // the ids are checked against the owner's uploads by the dossier service
        }
        // composed first: "ễ" typed as e + two combining marks (some keyboards do) is the same letter
        String text = java.text.Normalizer.normalize(value.toString(), java.text.Normalizer.Form.NFC).strip();
        if ((field.type() == FieldType.TEXTFIELD || field.type() == FieldType.TEXTAREA)
                && !printable(text, field.type() == FieldType.TEXTAREA)) {
            return message(messages, "form.unprintable");
        }
        switch (field.type()) {
            case NUMBER -> {
                double number;
                try {
                    number = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return message(messages, "form.number");
                }
                if (rules.min() != null && number < rules.min()) {
                    return message(messages, "form.min", format(rules.min()));
                }
                if (rules.max() != null && number > rules.max()) {
                    return message(messages, "form.max", format(rules.max()));
                }
            }
            case DATETIME -> {
                try {
                    LocalDate date = LocalDate.parse(text);
                    if ("past-date".equals(rules.validationType()) && date.isAfter(LocalDate.now())) {
                        return message(messages, "form.date.future");
                    }
                } catch (DateTimeParseException e) {
                    return message(messages, "form.date");
                }
            }
            case SELECT, RADIO -> {
                if (!field.offers(text)) {
                    return message(messages, "form.option");
                }
            }
            default -> {
            }
        }
        if (rules.minLength() != null && text.length() < rules.minLength()) {
            return message(messages, "form.minLength", rules.minLength());
        }
        if (rules.maxLength() != null && text.length() > rules.maxLength()) {
            return message(messages, "form.maxLength", rules.maxLength());
        }
        if (rules.pattern() != null && !text.matches(rules.pattern())) {
            return message(messages, "form.pattern");
        }
        if (rules.validationType() != null) {
            return switch (rules.validationType()) {
                case "vn-id-number" -> idNumbers.check(text).problems().stream().findFirst()
                        .map(p -> IdNumberMessages.message(p, locale)).orElse(null);
                case "phone" -> PHONE.matcher(text.replace(" ", "")).matches() ? null : message(messages, "form.phone");
                case "email" -> EMAIL.matcher(text).matches() ? null : message(messages, "form.email");
                case "vn-plate" -> PLATE.matcher(text.toUpperCase(Locale.ROOT).replace(" ", "")).matches()
                        ? null : message(messages, "form.plate");
                case "past-date" -> null; // checked with the date above
                default -> throw new IllegalArgumentException("Unknown validationType " + rules.validationType());
            };
        }
        return null;
    }

    /**
     * JSON lets a client put anything anywhere: a file field must hold a list of upload ids, a
     * checkbox a boolean, every other field a single text or number.
     */
    /**
     * Whether a text holds only characters that print: no control characters (line breaks and tabs
     * in a text area excepted), no invisible formatting characters — among them the direction
     * overrides that make "exe.pdf" read as "fdp.exe" — no private-use, unassigned or lone surrogate
     * code points. Such text would reach signed documents and registers as something other than
     * what an officer sees on screen.
     */
    static boolean printable(String text, boolean multiline) {
        return text.codePoints().allMatch(c -> switch (Character.getType(c)) {
            case Character.CONTROL -> multiline && (c == '\n' || c == '\r' || c == '\t');
            case Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> false;
            default -> true;
        });
    }

    private static String shapeProblem(FieldType type, Object value, ResourceBundle messages) {
        return switch (type) {
            case FILEPICKER -> value instanceof Collection<?> ids
                    && ids.stream().allMatch(UploadIds::isUploadId)
                    ? null : message(messages, "form.file");
            case CHECKBOX -> value instanceof Boolean ? null : message(messages, "form.checkbox");
            default -> value instanceof String || value instanceof Number ? null : message(messages, "form.type");
        };
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String message(ResourceBundle messages, String key, Object... arguments) {
        return MessageFormat.format(messages.getString(key), arguments);
    }
}
