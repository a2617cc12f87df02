package vn.motcua.engine.notification;

import java.util.Arrays;
import java.util.Optional;
import vn.motcua.engine.lifecycle.ApologySent;
import vn.motcua.engine.lifecycle.ConsultationRequested;
import vn.motcua.engine.lifecycle.DossierEvent;
import vn.motcua.engine.lifecycle.DossierRefused;
import vn.motcua.engine.lifecycle.DossierRegistered;
import vn.motcua.engine.lifecycle.DossierSubmitted;
import vn.motcua.engine.lifecycle.DossierWithdrawn;
import vn.motcua.engine.lifecycle.FeePaid;
import vn.motcua.engine.lifecycle.ReceptionAccepted;
import vn.motcua.engine.lifecycle.ResultIssued;
import vn.motcua.engine.lifecycle.SentBackToReception;
import vn.motcua.engine.lifecycle.SupplementReceived;
import vn.motcua.engine.lifecycle.SupplementRequested;

/**
 * The lifecycle events a citizen is told about, in the portal and by e-mail, with the kind the
 * notification is stored under (the portal translates it as {@code event.<kind>}) and its text in
 * the engine's bundles ({@code i18n/engine*.properties}, {@code notification.<kind>}).
 */
enum CitizenNotice {
    DOSSIER_SUBMITTED(DossierSubmitted.class),
    DOSSIER_REGISTERED(DossierRegistered.class),
    DOSSIER_FEE_PAID(FeePaid.class),
    RECEPTION_ACCEPTED(ReceptionAccepted.class),
    SUPPLEMENT_REQUESTED(SupplementRequested.class),
    SUPPLEMENT_RECEIVED(SupplementReceived.class),
    CONSULTATION_REQUESTED(ConsultationRequested.class),
    SENT_BACK_TO_RECEPTION(SentBackToReception.class),
    RESULT_ISSUED(ResultIssued.class),
    REFUSAL_NOTICE(DossierRefused.class),
    APOLOGY_LETTER(ApologySent.class),
    DOSSIER_WITHDRAWN(DossierWithdrawn.class);

    private final Class<? extends DossierEvent> event;

    CitizenNotice(Class<? extends DossierEvent> event) {
        this.event = event;
    }

    static Optional<CitizenNotice> of(DossierEvent event) {
        return Arrays.stream(values()).filter(n -> n.event == event.getClass()).findFirst();
    }

    String messageKey() {
        return "notification." + name();
    }
}
