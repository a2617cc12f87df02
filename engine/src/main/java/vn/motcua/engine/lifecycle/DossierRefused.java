package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** The dossier is not granted; the refusal notice (Mẫu 03) gives the reason. */
public record DossierRefused(String dossierCode, String reason, Instant occurredAt) implements DossierEvent {
}
