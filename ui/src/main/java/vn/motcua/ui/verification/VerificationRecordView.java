package vn.motcua.ui.verification;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.motcua.engine.document.DocumentService;
import vn.motcua.engine.document.IssuedDocument;
import vn.motcua.ui.base.MainLayout;

/**
 * Where a document's QR code leads: the registry's record of it (issuing agency, number, time,
 * dossier; the applicant masked) and whether it is still in force. Comparing a paper or file copy
 * is done by uploading it on {@link VerificationView}.
 */
@Route(value = "xac-thuc/:id", layout = MainLayout.class)
@AnonymousAllowed
public class VerificationRecordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentService documents;

    public VerificationRecordView(DocumentService documents) {
        this.documents = documents;
        setId("verification-record-view");
        addClassName("motcua-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("id").orElse("");
        add(new H1(getTranslation("verify.record.title")));
        Div record = new Div();
        record.setId("verification-record");
        String check = event.getLocation().getQueryParameters().getSingleParameter("h").orElse("");
        documents.find(id).ifPresentOrElse(d -> show(record, d, check),
                () -> record.add(new Paragraph(getTranslation("verify.record.unknown"))));
        add(record, new Anchor("xac-thuc", getTranslation("verify.record.upload")));
    }

    private void show(Div record, IssuedDocument d, String check) {
        VerificationResult.show(record, documents.verificationOf(d), this::getTranslation);
        record.add(new Paragraph(d.revoked() ? getTranslation("verify.record.revoked", d.revocationReason())
                : getTranslation("verify.record.issued")));
        if (d.checkCode().equalsIgnoreCase(check)) {
            // the QR code's holder may fetch the signed original to compare it with their copy
            Anchor original = new Anchor("tai-lieu/" + d.id() + "?h=" + d.checkCode(), getTranslation("verify.record.original"));
            original.setRouterIgnore(true);
            original.setId("verification-original");
            record.add(original);
        } else if (!check.isEmpty()) {
            record.add(new Paragraph(getTranslation("verify.record.check-mismatch")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.record.title") + " | MotCua";
    }
}
