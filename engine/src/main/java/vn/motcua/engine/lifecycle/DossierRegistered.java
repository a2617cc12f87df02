package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** The receipt and appointment (Mẫu 01) was issued; the statutory clock runs to {@code dueAt}. */
public record DossierRegistered(String dossierCode, Instant dueAt, Instant occurredAt) implements DossierEvent {
}
