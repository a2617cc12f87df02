package vn.motcua.engine.dossier;

import java.time.Instant;
import java.util.List;
import vn.motcua.engine.audit.AuditEntry;
import vn.motcua.engine.lifecycle.DossierStatus;

/**
 * Where a dossier stands: its status, the steps it is at now, the due time it runs under, and its
 * timeline (the dossier's audit events, oldest first), and for a refused dossier the reason given.
 */
public record DossierProgress(DossierStatus state, List<String> currentSteps, Instant dueAt, List<AuditEntry> timeline,
                              boolean awaitingPayment, boolean awaitingSupplement, String refusalReason) {
}
