package vn.motcua.engine.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.audit.AuditEntry;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.SubmitDossier;
import vn.motcua.engine.dossier.TestDossiers;
import vn.motcua.engine.lifecycle.DossierStatus;
import vn.motcua.engine.notification.NotificationService;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffMember;

/**
 * The two paths besides the straight one, on the real engine with the demo staff of Ba Đình: the
 * specialist asks the ward police for an opinion, their officer answers in their own queue, the
 * answer is on the specialist's task page; the leader sends the dossier back to reception with a
 * reason, reception completes it and forwards it. The citizen sees both as states and in the
 * timeline; bad requests are refused field by field and change nothing.
 */
@SpringBootTest
class ConsultationAndSendBackIntegrationTests {

    private static final String WARD_COMMITTEE = "ubnd-xa-00004";
    private static final String WARD_POLICE = "ca-xa-00004";
    private static final String APPLICANT = "001092100001";

    @Autowired
    WorkQueue queue;
    @Autowired
    TaskDecisions decisions;
    @Autowired
    TaskDetails details;
    @Autowired
    DossierService dossiers;
    @Autowired
    StaffDirectory staff;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ManagementService management;
    @Autowired
    NotificationService notifications;
    @Autowired
    Clock clock;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    private StaffMember member(String idNumber) {
        return staff.find(idNumber).orElseThrow();
    }

    private Dossier fileAndAccept() {
        Map<String, Object> form = TestDossiers.birthForm(attachments, APPLICANT, "Nguyễn Minh Khang", APPLICANT, "001194100002");
        Dossier dossier = dossiers.submit(new Applicant(APPLICANT, "Nguyễn Văn An", "00004", "01"), 2,
                new SubmitDossier("1.001193", "ONLINE", form, "consult-" + UUID.randomUUID()));
        TestDossiers.runJobs(management, dossier.processInstanceId());
        StaffMember mai = member("001187200001");
        decisions.decide(mai, queue.openItemOfDossier(mai, dossier.code()).orElseThrow().taskId(), Decision.ACCEPT, null, null);
        return dossier;
    }

    /** The last working day the dossier's own time allows (the answer must fall inside it). */
    private LocalDate insideTheDossiersTime(WorkItem item) {
        LocalDate inside = LocalDate.ofInstant(item.dueAt().minusSeconds(3600), clock.getZone());
        LocalDate today = LocalDate.now(clock);
        if (inside.isAfter(today)) {
            return inside;
        }
        // filed between midnight and the working day's start (Vietnam time), this same-day procedure
        // is due today and leaves no later day to answer by: give the dossier until tomorrow evening
        LocalDate tomorrow = today.plusDays(1);
        runtime.setVariable(item.processInstanceId(), VAR_APPOINTMENT_AT,
                java.util.Date.from(tomorrow.atTime(18, 0).atZone(clock.getZone()).toInstant()));
        return tomorrow;
    }

    @Test
    void theSpecialistAsksTheWardPoliceWhoAnswerInTheirOwnQueue() {
        StaffMember hung = member("001083200002");   // specialist, ward committee
        StaffMember thu = member("001188200011");    // consultation officer, ward police
        StaffMember thang = member("001090200004");  // ward police, no consultation role
        Dossier dossier = fileAndAccept();
        WorkItem processing = queue.openItemOfDossier(hung, dossier.code()).orElseThrow();
        assertThat(processing.step()).isEqualTo(STEP_PROCESSING);
        assertThat(decisions.consultableAgencies(hung)).extracting(StaffDirectory.Unit::code)
                .contains(WARD_POLICE).doesNotContain(WARD_COMMITTEE);

        // bad requests: each field says what is wrong, and nothing changes
        LocalDate answerBy = insideTheDossiersTime(processing);
        assertThatThrownBy(() -> decisions.requestConsultation(hung, processing.taskId(), List.of(), " ", answerBy))
                .isInstanceOfSatisfying(DecisionRefusedException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("agencies", "reason"));
        assertThatThrownBy(() -> decisions.requestConsultation(hung, processing.taskId(), List.of("bhxh-khong-co"),
                "Xác minh nơi cư trú", answerBy))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("agencies"));
        assertThatThrownBy(() -> decisions.requestConsultation(hung, processing.taskId(), List.of(WARD_POLICE),
                "Xác minh nơi cư trú", LocalDate.ofInstant(processing.dueAt(), clock.getZone()).plusDays(10)))
                .as("after the dossier's own due date")
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("answerBy"));
        assertThatThrownBy(() -> decisions.decide(hung, processing.taskId(), Decision.REQUEST_CONSULTATION, "x", null))
                .isInstanceOf(DecisionRefusedException.class);
        assertThat(details.of(hung, processing.taskId()).orElseThrow().consultations()).isEmpty();
        assertThat(dossiers.progress(dossier).state()).isEqualTo(DossierStatus.IN_PROGRESS);

        decisions.requestConsultation(hung, processing.taskId(), List.of(WARD_POLICE),
                "Đề nghị xác minh nơi cư trú của mẹ tại địa bàn", answerBy);
        assertThat(dossiers.progress(dossier).state()).isEqualTo(DossierStatus.IN_CONSULTATION);
        assertThat(queue.openItemOfDossier(hung, dossier.code())).as("nothing for the committee while the police answer")
                .isEmpty();

        WorkItem asked = queue.find(thu, QueueQuery.openItemsOf(WARD_POLICE).page(0, 500)).stream()
                .filter(i -> dossier.code().equals(i.dossierCode())).findFirst().orElseThrow();
        assertThat(asked.step()).isEqualTo(STEP_CONSULTATION);
        assertThat(LocalDate.ofInstant(asked.dueAt(), clock.getZone())).isEqualTo(answerBy);
        assertThat(details.of(thu, asked.taskId()).orElseThrow().consultations()).singleElement()
                .satisfies(c -> assertThat(c.question()).isEqualTo("Đề nghị xác minh nơi cư trú của mẹ tại địa bàn"));
        assertThatThrownBy(() -> decisions.decide(thang, asked.taskId(), Decision.ANSWER_CONSULTATION, "Đồng ý", null))
                .as("only consultation officers answer").isInstanceOf(QueueAccessDeniedException.class);
        assertThatThrownBy(() -> decisions.decide(thu, asked.taskId(), Decision.ANSWER_CONSULTATION, "  ", null))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
        decisions.decide(thu, asked.taskId(), Decision.ANSWER_CONSULTATION,
                "Bà Trần Thị Bình cư trú tại Số 12 Liễu Giai từ năm 2019, đúng như tờ khai.", null);

        WorkItem back = queue.openItemOfDossier(hung, dossier.code()).orElseThrow();
        assertThat(back.step()).isEqualTo(STEP_PROCESSING);
        assertThat(details.of(hung, back.taskId()).orElseThrow().consultations()).singleElement().satisfies(c -> {
            assertThat(c.answered()).isTrue();
            assertThat(c.answer()).startsWith("Bà Trần Thị Bình cư trú");
            assertThat(c.answeredBy()).isEqualTo(thu.idNumber());
            assertThat(c.agencyName()).isEqualTo("Công an Phường Ba Đình");
        });
        assertThat(dossiers.progress(dossier).state()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(dossiers.progress(dossier).timeline()).extracting(AuditEntry::action)
                .contains("CONSULTATION_REQUESTED", "CONSULTATION_ANSWERED");
        assertThat(notifications.forRecipient(APPLICANT, 50)).extracting(n -> n.kind()).contains("CONSULTATION_REQUESTED");
    }

    @Test
    void theLeaderSendsTheDossierBackToReceptionWhichCompletesAndForwardsIt() {
        StaffMember mai = member("001187200001");
        StaffMember hung = member("001083200002");
        StaffMember vinh = member("001072200003");
        Dossier dossier = fileAndAccept();
        decisions.decide(hung, queue.openItemOfDossier(hung, dossier.code()).orElseThrow().taskId(), Decision.PROPOSE, null, null);
        WorkItem approval = queue.openItemOfDossier(vinh, dossier.code()).orElseThrow();
        assertThatThrownBy(() -> decisions.decide(vinh, approval.taskId(), Decision.SEND_BACK_FROM_APPROVAL, "", null))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
        assertThat(queue.openItemOfDossier(vinh, dossier.code())).hasValueSatisfying(i -> assertThat(i.step()).isEqualTo(STEP_APPROVAL));

        decisions.decide(vinh, approval.taskId(), Decision.SEND_BACK_FROM_APPROVAL,
                "Giấy chứng sinh bản chụp mờ, đề nghị bộ phận một cửa bổ sung bản rõ", null);
        assertThat(dossiers.progress(dossier).state()).isEqualTo(DossierStatus.RETURNED_TO_RECEPTION);
        WorkItem rework = queue.openItemOfDossier(mai, dossier.code()).orElseThrow();
        assertThat(rework.step()).isEqualTo(STEP_REWORK);
        assertThat(rework.dueAt()).as("the clock keeps running: same due time").isEqualTo(approval.dueAt());
        assertThatThrownBy(() -> decisions.decide(hung, rework.taskId(), Decision.FORWARD_AFTER_REWORK, null, null))
                .as("reception's step").isInstanceOf(QueueAccessDeniedException.class);
        decisions.decide(mai, rework.taskId(), Decision.FORWARD_AFTER_REWORK, "Đã thay bản chụp rõ", null);

        assertThat(queue.openItemOfDossier(hung, dossier.code())).hasValueSatisfying(i -> assertThat(i.step()).isEqualTo(STEP_PROCESSING));
        assertThat(dossiers.progress(dossier).state()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(dossiers.progress(dossier).timeline()).extracting(AuditEntry::action)
                .containsSubsequence("SENT_BACK_TO_RECEPTION", "REWORK_FORWARDED");
        assertThat(notifications.forRecipient(APPLICANT, 50)).extracting(n -> n.kind()).contains("SENT_BACK_TO_RECEPTION");
    }
}
