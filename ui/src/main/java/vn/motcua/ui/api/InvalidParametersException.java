package vn.motcua.ui.api;

import java.util.Map;

/** Request parameters that do not make sense, by field. */
class InvalidParametersException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    InvalidParametersException(Map<String, String> fieldErrors) {
        super("Invalid parameters: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
