package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** The citizen supplemented the dossier; the clock resumes with the new due time. */
public record SupplementReceived(String dossierCode, Instant newDueAt, Instant occurredAt) implements DossierEvent {
}
