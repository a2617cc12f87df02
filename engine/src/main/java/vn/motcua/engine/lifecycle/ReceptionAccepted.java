package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** Reception found the dossier complete and passed it on for processing. */
public record ReceptionAccepted(String dossierCode, String byIdNumber, Instant occurredAt) implements DossierEvent {
}
