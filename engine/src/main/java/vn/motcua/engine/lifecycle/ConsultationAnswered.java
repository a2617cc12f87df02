package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** A coordinating agency gave its opinion on a dossier. */
public record ConsultationAnswered(String dossierCode, String agency, String byIdNumber, Instant occurredAt)
        implements DossierEvent {
}
