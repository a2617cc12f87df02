package vn.motcua.engine.catalogue;

import vn.motcua.workflows.catalogue.Level;
import vn.motcua.workflows.catalogue.OnlineLevel;

/**
 * A catalogue search: free text (diacritics and word order do not matter) and optional filters.
 * {@code paid}: true for procedures with a fee, false for free ones, null for both.
 */
public record ProcedureQuery(String text, String sector, Level level, String agency, OnlineLevel onlineLevel,
                             Boolean paid, int page, int size) {

    public static final int MAX_SIZE = 100;

    public ProcedureQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public static ProcedureQuery text(String text) {
        return new ProcedureQuery(text, null, null, null, null, null, 0, 20);
    }
}
