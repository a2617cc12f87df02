package vn.motcua.workflows.catalogue;

/** The input as a whole is not the portal's JSON-lines format: nothing to import. */
public class NotProcedureJsonLinesException extends RuntimeException {

    public NotProcedureJsonLinesException(String message) {
        super(message);
    }
}
