package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** A dossier was filed (online, by post or at the counter) and its process started. */
public record DossierSubmitted(String dossierCode, String procedureCode, String unitCode, String applicantIdNumber,
                               String channel, Instant occurredAt) implements DossierEvent {
}
