package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** The fee (phí, lệ phí) of a dossier waiting for it was paid. */
public record FeePaid(String dossierCode, long amountVnd, Instant occurredAt) implements DossierEvent {
}
