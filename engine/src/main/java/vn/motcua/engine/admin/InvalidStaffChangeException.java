package vn.motcua.engine.admin;

import java.util.Map;

/** A change to the staff directory the administration refuses; field-level messages, nothing changed. */
public class InvalidStaffChangeException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidStaffChangeException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
