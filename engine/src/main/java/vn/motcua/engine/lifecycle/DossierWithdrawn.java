package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** The supplement was not given in time: the dossier counts as withdrawn. */
public record DossierWithdrawn(String dossierCode, Instant occurredAt) implements DossierEvent {
}
