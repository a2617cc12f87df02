package vn.motcua.engine.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.audit.AuditEntry;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.SubmitDossier;
import vn.motcua.engine.dossier.TestDossiers;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffMember;

/**
 * The queue read model follows the engine's tasks in the same transaction, and decisions are
 * checked by unit, role, step and state and audited: a dossier of Ba Đình ward is received,
 * proposed and approved by that ward's staff, and refused to everyone else.
 */
@SpringBootTest
class WorkQueueIntegrationTests {

    private static final String UNIT = "ubnd-xa-00004";

    @Autowired
    WorkQueue queue;
    @Autowired
    TaskDecisions decisions;
    @Autowired
    DossierService dossiers;
    @Autowired
    StaffDirectory staff;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    AuditTrail audit;

    private StaffMember member(String idNumber) {
        return staff.find(idNumber).orElseThrow();
    }

    private Dossier file() {
        String an = "001092100001";
        Map<String, Object> form = TestDossiers.birthForm(attachments, an, "Nguyễn Bảo Châu", an, "001194100002");
        Dossier dossier = dossiers.submit(new Applicant(an, "Nguyễn Văn An", "00004", "01"), 2,
                new SubmitDossier("1.001193", "ONLINE", form, "queue-" + UUID.randomUUID()));
        runJobs(dossier);
        return dossier;
    }

    private void runJobs(Dossier dossier) {
        TestDossiers.runJobs(management, dossier.processInstanceId());
    }

    private WorkItem openItem(StaffMember who, Dossier dossier) {
        return queue.openItemOfDossier(who, dossier.code()).orElseThrow();
    }

    @Test
    void aDossierIsReceivedProposedAndApprovedByItsUnitAndTheQueueFollows() {
        StaffMember mai = member("001187200001");   // reception
        StaffMember hung = member("001083200002");  // specialist
        StaffMember vinh = member("001072200003");  // leader
        Dossier dossier = file();

        WorkItem reception = openItem(mai, dossier);
        assertThat(reception.step()).isEqualTo(STEP_RECEPTION);
        assertThat(reception.unitCode()).isEqualTo(UNIT);
        assertThat(reception.applicantName()).isEqualTo("Nguyễn Văn An");
        assertThat(reception.procedureCode()).isEqualTo("1.001193");
        assertThat(reception.dueAt()).isAfter(reception.receivedAt());
        assertThat(reception.state()).isEqualTo(WorkItem.State.OPEN);
        QueueQuery receptionQueue = new QueueQuery(UNIT, STEP_RECEPTION, null, null, QueueQuery.Due.ANY, false, null, null,
                QueueQuery.Sort.DUE, false, 0, 500);
        assertThat(queue.find(mai, receptionQueue)).extracting(WorkItem::dossierCode).contains(dossier.code());
        // search by ID number, by the start of the code, by the name without diacritics
        for (String text : List.of("001092100001", dossier.code().substring(0, dossier.code().length() - 2), "nguyen van a")) {
            assertThat(queue.find(mai, QueueQuery.openItemsOf(UNIT).page(0, 500)).size()).isPositive();
            assertThat(queue.find(mai, new QueueQuery(UNIT, null, null, null, QueueQuery.Due.ANY, false, null, text,
                    QueueQuery.Sort.DUE, false, 0, 500))).as(text).extracting(WorkItem::dossierCode).contains(dossier.code());
        }
        assertThat(queue.find(mai, new QueueQuery(UNIT, null, null, null, QueueQuery.Due.ANY, false, null, "tran thi",
                QueueQuery.Sort.DUE, false, 0, 500))).extracting(WorkItem::dossierCode).doesNotContain(dossier.code());

        // another unit sees nothing of it and decides nothing
        StaffMember loc = member("001084200007"); // BHXH Hà Nội
        assertThatThrownBy(() -> queue.find(loc, QueueQuery.openItemsOf(UNIT))).isInstanceOf(QueueAccessDeniedException.class);
        assertThatThrownBy(() -> decisions.decide(loc, reception.taskId(), Decision.ACCEPT, null, null))
                .isInstanceOf(QueueAccessDeniedException.class);
        // approval before reception, a role that does not receive, a supplement without saying what: refused
        assertThatThrownBy(() -> decisions.decide(vinh, reception.taskId(), Decision.APPROVE, null, null))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.fieldErrors()).containsKey("decision"));
        assertThatThrownBy(() -> decisions.decide(hung, reception.taskId(), Decision.ACCEPT, null, null))
                .isInstanceOf(QueueAccessDeniedException.class);
        assertThatThrownBy(() -> decisions.decide(mai, reception.taskId(), Decision.REQUEST_SUPPLEMENT, " ", null))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
        assertThat(queue.item(mai, reception.taskId()).orElseThrow().state()).as("refusals change nothing")
                .isEqualTo(WorkItem.State.OPEN);

        decisions.claim(mai, reception.taskId());
        assertThat(queue.item(mai, reception.taskId()).orElseThrow().assignee()).isEqualTo(mai.idNumber());
        assertThat(queue.find(mai, new QueueQuery(UNIT, null, null, WorkItem.State.CLAIMED, QueueQuery.Due.ANY, true, null, null,
                QueueQuery.Sort.DUE, false, 0, 50))).extracting(WorkItem::taskId).contains(reception.taskId());
        decisions.decide(mai, reception.taskId(), Decision.ACCEPT, null, null);
        runJobs(dossier);
        assertThat(queue.item(mai, reception.taskId()).orElseThrow().state()).isEqualTo(WorkItem.State.DONE);

        WorkItem processing = openItem(hung, dossier);
        assertThat(processing.step()).isEqualTo(STEP_PROCESSING);
        assertThatThrownBy(() -> decisions.claim(mai, processing.taskId())).isInstanceOf(QueueAccessDeniedException.class);
        decisions.decide(hung, processing.taskId(), Decision.PROPOSE, "  Đủ điều kiện, đề nghị chấp thuận.  ", null);
        runJobs(dossier);
        // the specialist's proposal is what the leader approves and the result states
        assertThat(runtime.getVariable(dossier.processInstanceId(), vn.motcua.workflows.onestop.OneStopModel.VAR_PROPOSED_RESULT))
                .isEqualTo("Đủ điều kiện, đề nghị chấp thuận.");

        WorkItem approval = openItem(vinh, dossier);
        assertThat(approval.step()).isEqualTo(STEP_APPROVAL);
        decisions.decide(vinh, approval.taskId(), Decision.APPROVE, null, null);
        runJobs(dossier);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(dossier.processInstanceId())
                .singleResult().getEndTime()).isNotNull();
        assertThat(queue.openItemOfDossier(vinh, dossier.code())).isEmpty();

        List<AuditEntry> trail = audit.eventsFor("DOSSIER", dossier.code());
        assertThat(trail).extracting(AuditEntry::action).contains("TASK_CLAIMED", "RECEPTION_ACCEPTED", "RESULT_PROPOSED", "APPROVED");
        assertThat(trail).filteredOn(e -> e.action().equals("APPROVED")).extracting(AuditEntry::actor).containsOnly(vinh.idNumber());
    }

    @Test
    void aSupplementIsRequestedOnceAndItemsAreReassignedWithinTheUnitOnly() {
        StaffMember mai = member("001187200001");
        StaffMember vinh = member("001072200003");
        Dossier dossier = file();
        WorkItem reception = openItem(mai, dossier);
        assertThatThrownBy(() -> decisions.reassign(vinh, reception.taskId(), "001084200007"))
                .as("to another unit").isInstanceOf(DecisionRefusedException.class);
        assertThatThrownBy(() -> decisions.reassign(vinh, reception.taskId(), "001083200002"))
                .as("to a specialist, for a reception step").isInstanceOf(QueueAccessDeniedException.class);
        decisions.reassign(vinh, reception.taskId(), mai.idNumber());
        assertThat(queue.item(mai, reception.taskId()).orElseThrow().assignee()).isEqualTo(mai.idNumber());

        decisions.decide(mai, reception.taskId(), Decision.REQUEST_SUPPLEMENT, "Thiếu Giấy chứng sinh bản chính", null);
        runJobs(dossier);
        assertThat(queue.openItemOfDossier(mai, dossier.code())).as("waits for the citizen").isEmpty();
        assertThat(queue.item(mai, reception.taskId()).orElseThrow().state()).isEqualTo(WorkItem.State.DONE);
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void whenTheEngineMovesADossiersDueTimeItsOpenQueueItemsFollow() {
        StaffMember mai = member("001187200001");
        Dossier dossier = file();
        WorkItem reception = openItem(mai, dossier);
        java.time.Instant later = reception.dueAt().plus(java.time.Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        transaction.executeWithoutResult(status -> events.publishEvent(
                new vn.motcua.engine.lifecycle.ApologySent(dossier.code(), later, java.time.Instant.now())));
        assertThat(queue.item(mai, reception.taskId()).orElseThrow().dueAt()).isEqualTo(later);
    }
}
