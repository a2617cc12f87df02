package vn.motcua.engine.queue;

import java.util.Map;

/** A decision the service does not allow (wrong step or state, missing reason); field-level messages. */
public class DecisionRefusedException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public DecisionRefusedException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
