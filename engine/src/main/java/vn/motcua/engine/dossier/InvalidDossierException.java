package vn.motcua.engine.dossier;

import java.util.Map;

/** A submission refused before anything was created, with one message per field. */
public class InvalidDossierException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    InvalidDossierException(Map<String, String> fieldErrors) {
        super("Invalid dossier: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
