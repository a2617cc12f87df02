package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** Something that happened to a dossier, published in the transaction of the change itself. */
public sealed interface DossierEvent permits DossierSubmitted, DossierRegistered, FeePaid, ReceptionAccepted,
        SupplementRequested, SupplementReceived, ConsultationRequested, ConsultationAnswered, SentBackToReception,
        ResultIssued, DossierRefused, ApologySent, DossierWithdrawn, DossierRated, DossierStatusChanged {

    /** The dossier's code: {unit}-{yyMMdd}-{number}. */
    String dossierCode();

    Instant occurredAt();
}
