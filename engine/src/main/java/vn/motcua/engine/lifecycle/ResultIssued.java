package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** The signed result was issued and is available to the citizen. */
public record ResultIssued(String dossierCode, String documentId, Instant occurredAt) implements DossierEvent {
}
