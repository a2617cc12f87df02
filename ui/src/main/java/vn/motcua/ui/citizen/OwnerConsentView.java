package vn.motcua.ui.citizen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.motcua.engine.dossier.OwnerConsentRefusedException;
import vn.motcua.engine.dossier.OwnerConsents;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.identity.CurrentUser;

/**
 * "Yêu cầu ý kiến của chủ hộ": residence registrations into the citizen's household that wait for
 * their agreement; they agree or decline each one (the service checks that they are the one asked).
 */
@Route(value = "ca-nhan/y-kien-chu-ho", layout = MainLayout.class)
@PermitAll
public class OwnerConsentView extends Main implements HasDynamicTitle {

    private final OwnerConsents consents;
    private final String idNumber;
    private final Div requests = new Div();
    private final Paragraph outcome = new Paragraph();

    public OwnerConsentView(CurrentUser currentUser, OwnerConsents consents) {
        this.consents = consents;
        this.idNumber = currentUser.require().idNumber();
        setId("owner-consent-view");
        addClassName("motcua-page");
        outcome.setId("consent-outcome");
        outcome.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("consent.heading")), new Paragraph(getTranslation("consent.lead")), outcome, requests);
        show();
    }

    private void show() {
        requests.removeAll();
        var pending = consents.pendingFor(idNumber);
        if (pending.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("consent.none"));
            none.setId("consent-none");
            requests.add(none);
            return;
        }
        for (OwnerConsents.Request r : pending) {
            Button agree = new Button(getTranslation("consent.agree"), click -> answer(r, true));
            agree.setId("consent-agree-" + r.dossierCode());
            agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button decline = new Button(getTranslation("consent.decline"), click -> answer(r, false));
            decline.setId("consent-decline-" + r.dossierCode());
            Div card = new Div(new H3(r.procedureTitle()),
                    new Paragraph(getTranslation("consent.request", r.applicantName(), r.address(), r.relation(), r.dossierCode())),
                    agree, decline);
            card.setId("consent-" + r.dossierCode());
            card.addClassName("motcua-card");
            requests.add(card);
        }
    }

    private void answer(OwnerConsents.Request r, boolean agrees) {
        try {
            consents.answer(idNumber, r.dossierCode(), agrees);
            outcome.setText(getTranslation(agrees ? "consent.agreed" : "consent.declined", r.applicantName(), r.dossierCode()));
        } catch (OwnerConsentRefusedException e) {
            outcome.setText(e.getMessage());
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consent.heading") + " | MotCua";
    }
}
