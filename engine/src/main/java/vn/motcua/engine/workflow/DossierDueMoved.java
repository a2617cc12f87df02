package vn.motcua.engine.workflow;

import java.time.Instant;

/**
 * A dossier's due time moved while it is being processed: the clock resumed after a supplement,
 * or the leader set a new appointment with an apology letter (Mẫu 04). Published in the engine's
 * transaction; whoever keeps a copy of the due time (the staff queue) follows it there.
 */
public record DossierDueMoved(String processInstanceId, Instant due) {
}
