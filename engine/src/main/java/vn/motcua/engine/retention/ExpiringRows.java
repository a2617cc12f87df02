package vn.motcua.engine.retention;

import java.time.Instant;

/**
 * Rows a feature keeps only while a dossier is recent (a unit's list of finished work, a citizen's
 * messages), removed like Camunda's history once the time to live has passed. MotCua's record of a
 * dossier (the dossier, its status, audit trail, issued documents and statistics) is not of this
 * kind. Each owner deletes its own rows; {@link ExpiredRowsCleanup} calls them in the nightly window.
 */
public interface ExpiringRows {

    /** What the rows are, for the log ("finished work items"). */
    String description();

    /**
     * Deletes at most {@code limit} rows that ended before {@code cutoff}, oldest first, in one
     * transaction. @return how many were deleted (fewer than the limit: none are left)
     */
    int deleteEndedBefore(Instant cutoff, int limit);
}
