package vn.motcua.ui.staff;

import com.vaadin.flow.component.Component;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.engine.audit.AuditEntry;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.ui.base.DisplayTimes;
import vn.motcua.ui.base.Money;

/**
 * A dossier's audit trail as staff read it: who did it, by name and title ("Hoàng Thị Mai, Công chức
 * một cửa"), and what happened as a sentence in the page's language, with what a person wrote (a
 * reason, a comment, a question) quoted. The audit trail keeps its exact machine details; they are
 * shown only where they say something to a person (a due time, an amount, a colleague).
 */
final class TimelineSentences {

    private static final Pattern DUE = Pattern.compile("due (\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})");
    private static final Pattern REASSIGNED = Pattern.compile(" to (\\d{12})$");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+) VND");

    private final Component page;
    private final StaffDirectory directory;
    private final String applicantId;
    private final String applicantName;
    private final Map<String, Optional<StaffMember>> staffById = new HashMap<>();

    TimelineSentences(Component page, StaffDirectory directory, String applicantId, String applicantName) {
        this.page = page;
        this.directory = directory;
        this.applicantId = applicantId;
        this.applicantName = applicantName;
    }

    /** Who acted: a civil servant by name and title, the applicant by name, or the system. */
    String actor(AuditEntry e) {
        String actor = e.actor();
        if (actor == null || "system".equals(actor)) {
            return page.getTranslation("timeline.actor.system");
        }
        if ("payment-gateway".equals(actor)) {
            return page.getTranslation("timeline.actor.gateway");
        }
        if (actor.equals(applicantId)) {
            return page.getTranslation("timeline.actor.applicant", applicantName);
        }
        return member(actor).map(m -> m.fullName() + ", " + m.title()).orElse(page.getTranslation("timeline.actor.other"));
    }

    /** What happened, as a sentence: the event, then what matters of its details. */
    String sentence(AuditEntry e) {
        String event = page.getTranslation("event." + e.action());
        return detail(e).map(d -> event + " — " + d).orElse(event);
    }

    private Optional<String> detail(AuditEntry e) {
        String details = e.details();
        if (details == null || details.isBlank()) {
            return Optional.empty();
        }
        return switch (e.action()) {
            case "DOSSIER_REGISTERED" -> match(DUE, details).map(due ->
                    page.getTranslation("timeline.due", DisplayTimes.MINUTE.format(LocalDateTime.parse(due))));
            case "TASK_REASSIGNED" -> match(REASSIGNED, details).map(id ->
                    page.getTranslation("timeline.reassigned", member(id).map(StaffMember::fullName).orElse(id)));
            case "PAYMENT_USED", "DOSSIER_FEE_PAID", "PAYMENT_STARTED" -> match(AMOUNT, details).map(amount ->
                    Money.vnd(Long.parseLong(amount)));
            // what a person wrote: after "<step>: " or "<name>: " or "<agencies>: "
            case "STAFF_COMMENT", "RECEPTION_SUPPLEMENT", "RECEPTION_REFUSED", "RETURNED_TO_PROCESSING", "APPROVAL_REFUSED",
                 "SENT_BACK_TO_RECEPTION", "CONSULTATION_REQUESTED", "CONSULTATION_ANSWERED", "RESULT_PROPOSED", "APPROVED",
                 "RECEPTION_ACCEPTED" -> written(details);
            case "DOCUMENT_REVOKED" -> quoted(details);
            default -> Optional.empty();
        };
    }

    private Optional<String> written(String details) {
        int colon = details.indexOf(": ");
        return colon < 0 ? Optional.empty() : quoted(details.substring(colon + 2));
    }

    private Optional<String> quoted(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of("“" + text.strip() + "”");
    }

    private static Optional<String> match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private Optional<StaffMember> member(String idNumber) {
        return staffById.computeIfAbsent(idNumber, directory::find);
    }
}
