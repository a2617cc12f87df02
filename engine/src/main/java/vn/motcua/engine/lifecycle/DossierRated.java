package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** The applicant rated the handling of a finished dossier (1 to 5). */
public record DossierRated(String dossierCode, int stars, Instant occurredAt) implements DossierEvent {
}
