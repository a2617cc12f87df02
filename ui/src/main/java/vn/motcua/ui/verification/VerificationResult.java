package vn.motcua.ui.verification;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.BiFunction;
import vn.motcua.engine.document.Verification;
import vn.motcua.ui.base.DisplayTimes;

/** Shows a verification answer: the verdict first, then what the registry says about the document. */
final class VerificationResult {


    private VerificationResult() {
    }

    static void show(Div target, Verification v, BiFunction<String, Object[], String> t) {
        target.removeAll();
        target.getElement().setAttribute("data-status", v.status().name());
        H3 verdict = new H3(t.apply("verify.status." + v.status().name(), new Object[0]));
        verdict.setId("verification-verdict");
        target.add(verdict, new Paragraph(v.reason()));
        if (v.documentId() != null) {
            target.add(line(t, "verify.document", v.title() + " — " + v.numberSymbol()),
                    line(t, "verify.agency", v.agency()),
                    line(t, "verify.signed-at", v.signedAt() == null ? "" : DisplayTimes.MINUTE.format(v.signedAt())),
                    line(t, "verify.dossier", v.dossierCode()),
                    line(t, "verify.applicant", v.applicantMasked() == null ? "" : v.applicantMasked()),
                    line(t, "verify.id", v.documentId()));
        }
    }

    private static Paragraph line(BiFunction<String, Object[], String> t, String key, String value) {
        return new Paragraph(t.apply(key, new Object[0]) + ": " + value);
    }
}
