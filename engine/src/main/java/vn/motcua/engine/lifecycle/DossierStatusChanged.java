package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** The dossier's status as the citizen sees it changed; {@code from} is null for a new dossier. */
public record DossierStatusChanged(String dossierCode, DossierStatus from, DossierStatus to, Instant occurredAt)
        implements DossierEvent {
}
