package vn.motcua.engine.queue;

import java.time.Instant;

/** An opinion asked of a coordinating agency about a dossier, and its answer once given. */
public record Consultation(long id, String dossierCode, String agencyUnit, String agencyName, String question,
                           Instant dueAt, String requestedBy, Instant requestedAt, String answer, String answeredBy,
                           Instant answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }
}
