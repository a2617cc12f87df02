package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** A dossier was filed (the province is the receiving unit's: where the statistics count it) (online, by post or at the counter) and its process started. */
public record DossierSubmitted(String dossierCode, String procedureCode, String unitCode, String provinceCode,
                               String applicantIdNumber, String channel, boolean feePaidOnline, Instant occurredAt)
        implements DossierEvent {
}
