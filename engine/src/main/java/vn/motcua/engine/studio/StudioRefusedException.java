package vn.motcua.engine.studio;

import java.util.Map;

/**
 * Input the studio does not accept (a malformed or unsafe file, a stale save, an invalid draft
 * submitted, a migration the plan validation rejects); field-level messages, nothing changed.
 */
public class StudioRefusedException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public StudioRefusedException(String field, String message) {
        this(Map.of(field, message));
    }

    public StudioRefusedException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
