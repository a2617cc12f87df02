package vn.motcua.ui.filing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import vn.motcua.engine.registry.Resident;
import vn.motcua.forms.identity.Gender;
import vn.motcua.ui.base.DisplayTimes;
import vn.motcua.ui.base.ReadOnlyBlock;

/**
 * What the wizard takes from the residents database about the applicant: the read-only block at
 * the top of the form, and the form fields it fills in, so the citizen types neither again.
 */
final class ApplicantFacts {

    private ApplicantFacts() {
    }

    /**
     * The applicant as the residents database has them, with the source named once (one static
     * block: it never changes on the page).
     */
    static Html block(Resident r, Component page) {
        Element block = ReadOnlyBlock.root("div", "filing-applicant");
        block.appendElement("h3").text(page.getTranslation("filing.applicant"));
        Element lines = block.appendElement("dl").addClass("motcua-review");
        String[][] facts = {
                {"applicant-id-number", "profile.id-number", r.idNumber()},
                {"applicant-full-name", "profile.full-name", r.fullName()},
                {"applicant-birth-date", "profile.birth-date", DisplayTimes.DATE.format(r.birthDate())},
                {"applicant-gender", "profile.gender", page.getTranslation("gender." + r.gender().name())},
                {"applicant-permanent-address", "profile.permanent-address", r.permanentAddress()},
                {"applicant-current-address", "profile.current-address", r.currentAddress()}};
        for (String[] fact : facts) {
            lines.appendElement("dt").text(page.getTranslation(fact[1]));
            lines.appendElement("dd").id(fact[0]).text(fact[2] == null ? "" : fact[2]);
        }
        block.appendElement("p").id("applicant-source").addClass("motcua-source").text(page.getTranslation("profile.source"));
        block.appendElement("h3").text(page.getTranslation("filing.form"));
        return ReadOnlyBlock.of(block);
    }

    /** The form's registry-bound fields: the applicant, and with their spouse the parents a birth form asks for. */
    static Map<String, String> prefill(Resident r) {
        Map<String, String> prefill = new HashMap<>();
        boolean male = r.gender() == Gender.MALE;
        prefill.put(male ? "registry:father" : "registry:mother", r.idNumber());
        if (r.spouseIdNumber() != null) {
            prefill.put(male ? "registry:mother" : "registry:father", r.spouseIdNumber());
        }
        prefill.put("registry:self", r.idNumber());
        return prefill;
    }
}
