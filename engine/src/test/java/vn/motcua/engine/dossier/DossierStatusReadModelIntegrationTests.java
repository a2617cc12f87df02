package vn.motcua.engine.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.lifecycle.DossierStatus;
import vn.motcua.engine.lifecycle.DossierStatusChanged;
import vn.motcua.engine.lifecycle.DossierSubmitted;
import vn.motcua.engine.lifecycle.ReceptionAccepted;
import vn.motcua.engine.lifecycle.ResultIssued;
import vn.motcua.engine.queue.Decision;
import vn.motcua.engine.queue.TaskDecisions;
import vn.motcua.engine.queue.WorkQueue;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffMember;

/**
 * The status read model, written by listeners in the engine's transactions, says what Camunda's
 * history says, for dossiers left at every kind of step: a mixed run of submissions, acceptances,
 * supplements, consultations, send-backs, refusals and issued results. And the lifecycle's typed
 * events come out in order.
 */
@SpringBootTest
@RecordApplicationEvents
class DossierStatusReadModelIntegrationTests {

    private static final String AN = "001092100001";

    @Autowired
    DossierService dossiers;
    @Autowired
    DossierStatusFromHistory history;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ManagementService management;
    @Autowired
    WorkQueue queue;
    @Autowired
    TaskDecisions decisions;
    @Autowired
    StaffDirectory staff;
    @Autowired
    ApplicationEvents events;

    private Dossier file() {
        Map<String, Object> form = TestDossiers.birthForm(attachments, AN, "Nguyễn Hải Đăng", AN, "001194100002");
        return dossiers.submit(new Applicant(AN, "Nguyễn Văn An", "00004", "01"), 2,
                new SubmitDossier("1.001193", "ONLINE", form, "status-" + UUID.randomUUID()));
    }

    private void decide(String staffId, Dossier dossier, Decision decision, String reason) {
        StaffMember member = staff.find(staffId).orElseThrow();
        decisions.decide(member, queue.openItemOfDossier(member, dossier.code()).orElseThrow().taskId(), decision, reason, null);
        TestDossiers.runJobs(management, dossier.processInstanceId());
    }

    private void assertReadModelEqualsHistory(Dossier dossier, DossierStatus expected) {
        DossierProgress read = dossiers.progress(dossier);
        DossierOverview fromHistory = history.of(dossier);
        assertThat(read.state()).as(dossier.code()).isEqualTo(expected).isEqualTo(fromHistory.status());
        assertThat(read.currentSteps()).as(dossier.code()).containsExactlyInAnyOrderElementsOf(fromHistory.currentSteps());
        if (fromHistory.dueAt() != null) {
            assertThat(read.dueAt()).as(dossier.code()).isEqualTo(fromHistory.dueAt());
        }
        assertThat(read.awaitingSupplement()).isEqualTo(fromHistory.awaitingSupplement());
    }

    @Test
    void theAppointmentShownBeforeRegistrationIsTheOneTheReceiptStates() {
        Dossier submitted = file();
        java.time.Instant promised = dossiers.progress(submitted).dueAt();
        assertThat(promised).as("appointment known at once").isNotNull().isAfter(submitted.submittedAt());
        TestDossiers.runJobs(management, submitted.processInstanceId());
        assertThat(history.of(submitted).dueAt()).as("registered due time").isEqualTo(promised);
        assertThat(dossiers.progress(submitted).dueAt()).isEqualTo(promised);
    }

    @Autowired
    vn.motcua.engine.statistics.Statistics statistics;
    @Autowired
    java.time.Clock clock;

    private vn.motcua.engine.statistics.Figures.Totals wardBirthRegistrationsToday() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return statistics.totals(new vn.motcua.engine.statistics.StatisticsQuery(today, today, "01", "ubnd-xa-00004", "1.001193"));
    }

    @Test
    void theReadModelSaysWhatTheEngineHistorySaysAfterAMixedRun() {
        var figuresBefore = wardBirthRegistrationsToday();
        List<Dossier> run = new ArrayList<>();
        Dossier submitted = file();                      // waiting for its registration job
        assertReadModelEqualsHistory(submitted, DossierStatus.IN_PROGRESS);
        assertThat(dossiers.progress(submitted).currentSteps()).containsExactly("Tiếp nhận điện tử, cấp mã hồ sơ, hẹn trả");
        for (int i = 0; i < 6; i++) {
            Dossier d = file();
            TestDossiers.runJobs(management, d.processInstanceId());
            run.add(d);
        }
        assertReadModelEqualsHistory(run.get(0), DossierStatus.IN_PROGRESS);            // at reception
        decide("001187200001", run.get(1), Decision.REQUEST_SUPPLEMENT, "Bản chụp giấy chứng sinh rõ nét");
        assertReadModelEqualsHistory(run.get(1), DossierStatus.WAITING_FOR_CITIZEN);
        decide("001187200001", run.get(2), Decision.REFUSE_AT_RECEPTION, "Không thuộc thẩm quyền");
        assertReadModelEqualsHistory(run.get(2), DossierStatus.REFUSED);
        // the dossier page states the reason, as the refusal notice does
        assertThat(dossiers.progress(run.get(2)).refusalReason()).isEqualTo("Không thuộc thẩm quyền");
        assertThat(dossiers.progress(run.get(1)).refusalReason()).isNull();
        for (Dossier d : run.subList(3, 6)) {
            decide("001187200001", d, Decision.ACCEPT, null);
        }
        decide("001083200002", run.get(3), Decision.SEND_BACK_FROM_PROCESSING, "Thiếu chữ ký người đi khai");
        assertReadModelEqualsHistory(run.get(3), DossierStatus.RETURNED_TO_RECEPTION);
        decide("001083200002", run.get(4), Decision.PROPOSE, null);
        assertReadModelEqualsHistory(run.get(4), DossierStatus.IN_PROGRESS);            // at approval
        decide("001083200002", run.get(5), Decision.PROPOSE, null);
        decide("001072200003", run.get(5), Decision.APPROVE, null);
        assertReadModelEqualsHistory(run.get(5), DossierStatus.COMPLETED);
        // the whole run once more, as "Hồ sơ của tôi" reads it: one query for all of them
        for (DossierOverview o : dossiers.overviewsForApplicant(AN)) {
            if (run.contains(o.dossier())) {
                DossierOverview h = history.of(o.dossier());
                assertThat(o.status()).isEqualTo(h.status());
                assertThat(o.currentSteps()).containsExactlyInAnyOrderElementsOf(h.currentSteps());
                assertThat(o.dueAt()).isEqualTo(h.dueAt());
            }
        }

        // the statistics counted the same run: 7 filed, 1 result, 1 refusal, 1 supplement, 5 still open
        var figures = wardBirthRegistrationsToday();
        assertThat(figures.received() - figuresBefore.received()).isEqualTo(7);
        assertThat(figures.onTime() + figures.late() - figuresBefore.onTime() - figuresBefore.late()).isEqualTo(1);
        assertThat(figures.refused() - figuresBefore.refused()).isEqualTo(1);
        assertThat(figures.supplementRequested() - figuresBefore.supplementRequested()).isEqualTo(1);
        assertThat(figures.inProgress() - figuresBefore.inProgress()).isEqualTo(5);

        String completed = run.get(5).code();
        assertThat(events.stream(DossierSubmitted.class).map(DossierSubmitted::dossierCode)).contains(completed);
        assertThat(events.stream(ReceptionAccepted.class).map(ReceptionAccepted::dossierCode)).contains(completed);
        assertThat(events.stream(ResultIssued.class).map(ResultIssued::dossierCode)).contains(completed);
        assertThat(events.stream(DossierStatusChanged.class).filter(e -> e.dossierCode().equals(completed))
                .map(DossierStatusChanged::to)).containsExactly(DossierStatus.IN_PROGRESS, DossierStatus.COMPLETED);
        assertThat(events.stream(DossierStatusChanged.class).filter(e -> e.dossierCode().equals(run.get(3).code()))
                .map(DossierStatusChanged::to)).containsExactly(DossierStatus.IN_PROGRESS, DossierStatus.RETURNED_TO_RECEPTION);
    }
}
