package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** Reception asked the citizen to supplement the dossier (Mẫu 02); the clock stops. */
public record SupplementRequested(String dossierCode, String whatIsMissing, Instant occurredAt) implements DossierEvent {
}
