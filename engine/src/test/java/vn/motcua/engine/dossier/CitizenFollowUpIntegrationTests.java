package vn.motcua.engine.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.notification.Notification;
import vn.motcua.engine.notification.NotificationService;

/**
 * After filing: the citizen answers a supplement request once (the process resumes at reception),
 * rates a finished dossier once, and is notified in the portal and by e-mail (a real SMTP server,
 * GreenMail) at every status change.
 */
@SpringBootTest
class CitizenFollowUpIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final byte[] PDF = TestDossiers.PDF;

    @Autowired
    DossierService dossiers;
    @Autowired
    SupplementResponses supplements;
    @Autowired
    SatisfactionRatings ratings;
    @Autowired
    NotificationService notifications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    /** A birth registration by Phạm Thu Trang (Hải Vân, Đà Nẵng) who gives an e-mail address. */
    private Dossier file(String idNumber, String email) {
        Map<String, Object> form = TestDossiers.birthForm(attachments, idNumber, "Lê Phạm An Nhiên", null, idNumber);
        form.put("email", email);
        Dossier dossier = dossiers.submit(new Applicant(idNumber, "Phạm Thu Trang", "20194", "48"), 2,
                new SubmitDossier("1.001193", "ONLINE", form, "follow-" + UUID.randomUUID()));
        runJobs(dossier);
        return dossier;
    }

    private void runJobs(Dossier dossier) {
        TestDossiers.runJobs(management, dossier.processInstanceId());
    }

    private void decide(Dossier dossier, String taskKey, Map<String, Object> variables) {
        var task = tasks.createTaskQuery().processInstanceId(dossier.processInstanceId()).taskDefinitionKey(taskKey).singleResult();
        tasks.complete(task.getId(), variables);
        runJobs(dossier);
    }

    @Test
    void theCitizenAnswersASupplementRequestOnceAndTheProcessResumesAtReception() throws Exception {
        String trang = "049190100004";
        Dossier dossier = file(trang, "trang@example.test");
        decide(dossier, RECEPTION, Map.of(VAR_RECEPTION_DECISION, SUPPLEMENT,
                VAR_SUPPLEMENT_MESSAGE, "Bổ sung Giấy chứng sinh bản rõ nét"));
        assertThat(supplements.pendingRequest(dossier)).contains("Bổ sung Giấy chứng sinh bản rõ nét");
        assertThat(dossiers.progress(dossier).awaitingSupplement()).isTrue();

        String upload = attachments.store(trang, "gcs-ro-net.pdf", PDF).id();
        String strangers = attachments.store("001092100001", "x.pdf", PDF).id();
        assertThatThrownBy(() -> supplements.respond(dossier.code(), "001092100001", List.of(strangers), null))
                .isInstanceOf(InvalidDossierException.class);
        assertThatThrownBy(() -> supplements.respond(dossier.code(), trang, List.of(), "quên tệp"))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("attachments"));
        assertThatThrownBy(() -> supplements.respond(dossier.code(), trang, List.of(strangers), null))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("attachments"));
        assertThat(dossiers.progress(dossier).awaitingSupplement()).as("bad answers change nothing").isTrue();

        supplements.respond(dossier.code(), trang, List.of(upload), "Đã chụp lại");
        assertThat(runtime.getActiveActivityIds(dossier.processInstanceId())).contains(RECEPTION);
        assertThat(supplements.answeredAttachments(dossier.code())).containsExactly(upload);
        assertThatThrownBy(() -> supplements.respond(dossier.code(), trang, List.of(upload), null))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("dossier"));

        // notified at each status change, in the portal and by e-mail
        assertThat(notifications.forRecipient(trang, 50)).filteredOn(n -> dossier.code().equals(n.dossierCode()))
                .extracting(Notification::kind)
                .contains("DOSSIER_SUBMITTED", "DOSSIER_REGISTERED", "SUPPLEMENT_REQUESTED", "SUPPLEMENT_RECEIVED");
        assertThat(notifications.unreadCount(trang)).isGreaterThanOrEqualTo(4);
        assertThat(smtp.waitForIncomingEmail(10_000, 4)).isTrue();
        List<MimeMessage> mails = List.of(smtp.getReceivedMessages());
        assertThat(mails).allSatisfy(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo("trang@example.test"));
        assertThat(mails.stream().map(GreenMailUtil::getBody).toList())
                .anySatisfy(body -> assertThat(body).contains(dossier.code()))
                .allSatisfy(body -> assertThat(body).contains("http://localhost:8080/ho-so/" + dossier.code()));
        notifications.markAllRead(trang);
        assertThat(notifications.unreadCount(trang)).isZero();
        assertThat(notifications.forRecipient("001092100001", 50)).noneMatch(n -> dossier.code().equals(n.dossierCode()));
    }

    @Test
    void aFinishedDossierIsRatedOnceByItsApplicant() {
        String trang = "049190100004";
        Dossier dossier = file(trang, null);
        assertThatThrownBy(() -> ratings.rate(dossier.code(), trang, 5, "Nhanh"))
                .as("not finished yet").isInstanceOfSatisfying(InvalidDossierException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("dossier"));
        decide(dossier, RECEPTION, Map.of(VAR_RECEPTION_DECISION, ACCEPT));
        decide(dossier, PROCESSING, Map.of(VAR_PROCESSING_DECISION, PROPOSE));
        decide(dossier, APPROVAL, Map.of(VAR_APPROVAL_DECISION, APPROVE));
        assertThat(dossiers.progress(dossier).state()).isEqualTo(vn.motcua.engine.lifecycle.DossierStatus.COMPLETED);

        assertThatThrownBy(() -> ratings.rate(dossier.code(), trang, 6, null))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("score"));
        assertThatThrownBy(() -> ratings.rate(dossier.code(), "001092100001", 1, null)).isInstanceOf(InvalidDossierException.class);
        assertThat(ratings.of(dossier.code())).isEmpty();
        ratings.rate(dossier.code(), trang, 4, "Cán bộ hướng dẫn tận tình");
        assertThat(ratings.of(dossier.code())).get().extracting(SatisfactionRatings.Rating::score).isEqualTo(4);
        assertThatThrownBy(() -> ratings.rate(dossier.code(), trang, 5, null)).isInstanceOf(InvalidDossierException.class);
        assertThat(notifications.forRecipient(trang, 50)).filteredOn(n -> dossier.code().equals(n.dossierCode()))
                .extracting(Notification::kind).contains("RESULT_ISSUED");
    }
}
