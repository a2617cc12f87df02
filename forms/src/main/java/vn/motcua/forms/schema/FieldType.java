package vn.motcua.forms.schema;

/** The form-js component types MotCua's forms use (the {@code type} of a component). */
public enum FieldType {
    TEXTFIELD, TEXTAREA, NUMBER, DATETIME, SELECT, RADIO, CHECKBOX, FILEPICKER, TEXT;

    static FieldType of(String formJsType) {
        return switch (formJsType) {
            case "textfield" -> TEXTFIELD;
            case "textarea" -> TEXTAREA;
            case "number" -> NUMBER;
            case "datetime" -> DATETIME;
            case "select" -> SELECT;
            case "radio" -> RADIO;
            case "checkbox" -> CHECKBOX;
            case "filepicker" -> FILEPICKER;
            case "text" -> TEXT;
            default -> throw new IllegalArgumentException("Unsupported form-js component type: " + formJsType);
        };
    }

    /** Components that carry a value (a static text does not). */
    boolean holdsValue() {
        return this != TEXT;
    }
}
