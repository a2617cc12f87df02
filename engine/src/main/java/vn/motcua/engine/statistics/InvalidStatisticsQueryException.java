package vn.motcua.engine.statistics;

import java.util.Map;

/** A statistics query that cannot be answered as asked; one message per field. */
public class InvalidStatisticsQueryException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidStatisticsQueryException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
