package vn.motcua.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.document.DocumentService;
import vn.motcua.engine.document.DocumentType;
import vn.motcua.engine.document.IssuedDocument;
import vn.motcua.engine.catalogue.ProcedureCatalogue;

/**
 * Every path of the generated one-stop model, on the real engine and database: the model for
 * 1.004194 (temporary residence, ward police, 7,000 đồng online) and for a procedure with
 * coordinating agencies.
 */
@SpringBootTest
class OneStopProcessTests {

    private static final String RESIDENCE = "1.004194";
    private static final String WARD = "00004";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcedureCatalogue catalogue;
    @Autowired
    AuditTrail audit;
    @Autowired
    DocumentService documents;

    @BeforeEach
    void useThisEngine() {
        init(engine);
    }

    private ProcessInstance submit(String code, boolean feePaid) {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(processId(code), Map.of(
                VAR_PROCEDURE_CODE, code, VAR_CHANNEL, "ONLINE", VAR_FEE_PAID, feePaid,
                VAR_APPLICANT_WARD, WARD, VAR_APPLICANT_PROVINCE, "01"));
        // registration (deadline, routing, the signed receipt) runs in its own job after the submission
        assertThat(pi).isWaitingAt(REGISTER);
        execute(job(REGISTER, pi));
        return pi;
    }

    private static void decideReception(ProcessInstance pi, String decision) {
        assertThat(pi).isWaitingAt(RECEPTION);
        complete(task(RECEPTION, pi), withVariables(VAR_RECEPTION_DECISION, decision));
    }

    private static void decideApproval(ProcessInstance pi, String decision) {
        complete(task(PROCESSING, pi), withVariables(VAR_PROCESSING_DECISION, PROPOSE));
        assertThat(pi).isWaitingAt(APPROVAL);
        complete(task(APPROVAL, pi), withVariables(VAR_APPROVAL_DECISION, decision));
    }

    @Test
    void happyPathFromSubmissionToIssuedResult() throws Exception {
        ProcessInstance pi = submit(RESIDENCE, true);
        assertThat(pi).isWaitingAt(RECEPTION).variables().containsKeys(VAR_DUE_AT, VAR_WARNING_AT);
        assertThat(taskQuery().processInstanceId(pi.getId()).taskCandidateGroup("unit:ca-xa-" + WARD + ":reception")
                .count()).isOne();
        decideReception(pi, ACCEPT);
        assertThat(pi).isWaitingAt(PROCESSING);
        decideApproval(pi, APPROVE);
        // the result is issued in its own job: signing failures become incidents, not half-issued results
        assertThat(pi).isWaitingAt(ISSUE_RESULT);
        execute(job(ISSUE_RESULT, pi));
        assertThat(pi).hasPassed(ISSUE_RESULT, NOTIFY_RESULT).isEnded();
        assertThat(pi).hasPassed(END_RESULT_ISSUED);
        assertThat(audit.eventsFor("DOSSIER", pi.getId())).extracting(e -> e.action())
                .containsExactly("DOSSIER_REGISTERED", "RESULT_ISSUED", "CITIZEN_NOTIFIED");
        String result = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(VAR_RESULT_DOCUMENT).singleResult().getValue();
        assertThat(documents.find(result)).hasValueSatisfying(d -> {
            assertThat(d.type()).isEqualTo(DocumentType.DECISION);
            assertThat(d.unitCode()).isEqualTo("ca-xa-" + WARD);
        });
        assertThat(documents.forDossier(pi.getId())).extracting(IssuedDocument::type)
                .containsExactly(DocumentType.RECEIPT, DocumentType.DECISION);
        // the result the workflow issued is a valid signature for an independent checker too
        IssuedDocument decision = documents.find(result).orElseThrow();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("result", ".pdf");
        java.nio.file.Files.write(file, documents.contentWithProof(decision.id(), decision.checkCode()).orElseThrow());
        Process pdfsig = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        assertThat(new String(pdfsig.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Signature Validation: Signature is Valid.", "Total document signed");
        java.nio.file.Files.delete(file);
    }

    @Test
    void anUnpaidFeeWaitsForThePaymentConfirmation() {
        ProcessInstance pi = submit(RESIDENCE, false);
        assertThat(pi).isWaitingAt(PAYMENT_CONFIRMED);
        engine.getRuntimeService().createMessageCorrelation(MESSAGE_PAYMENT_CONFIRMED)
                .processInstanceId(pi.getId()).correlate();
        assertThat(pi).isWaitingAt(RECEPTION);
    }

    @Test
    void aSupplementPausesTheClockThenReceptionContinuesAndASecondRequestIsImpossible() {
        ProcessInstance pi = submit(RESIDENCE, true);
        Date dueBefore = (Date) engine.getRuntimeService().getVariable(pi.getId(), VAR_DUE_AT);
        decideReception(pi, SUPPLEMENT);
        assertThat(pi).hasPassed(SUPPLEMENT_REQUEST).isWaitingAt(AWAIT_SUPPLEMENT);
        assertThat(pi).variables().containsEntry(VAR_SUPPLEMENT_COUNT, 1).containsKey(VAR_CLOCK_PAUSED_AT);

        engine.getRuntimeService().createMessageCorrelation(MESSAGE_SUPPLEMENT_RECEIVED)
                .processInstanceId(pi.getId()).correlate();
        assertThat(pi).isWaitingAt(RECEPTION).variables().doesNotContainKey(VAR_CLOCK_PAUSED_AT);
        Date dueAfter = (Date) engine.getRuntimeService().getVariable(pi.getId(), VAR_DUE_AT);
        assertThat(dueAfter).isAfterOrEqualTo(dueBefore);
        Date overdueTimer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(OVERDUE).singleResult().getDuedate();
        assertThat(overdueTimer).isEqualTo(dueAfter);

        assertThatThrownBy(() -> complete(task(RECEPTION, pi), withVariables(VAR_RECEPTION_DECISION, SUPPLEMENT)))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(pi).isWaitingAt(RECEPTION);
        decideReception(pi, ACCEPT);
        assertThat(pi).isWaitingAt(PROCESSING);
    }

    @Test
    void noSupplementInTimeEndsTheDossierAsWithdrawn() {
        ProcessInstance pi = submit(RESIDENCE, true);
        decideReception(pi, SUPPLEMENT);
        execute(job(SUPPLEMENT_TIMEOUT, pi));
        assertThat(pi).hasPassed(WITHDRAW, END_WITHDRAWN).isEnded();
        assertThat(pi).variables().containsEntry(VAR_OUTCOME, WITHDRAWN);
    }

    @Test
    void refusalAtReceptionEndsWithTheRefusalNotice() {
        ProcessInstance pi = submit(RESIDENCE, true);
        decideReception(pi, REFUSE);
        assertThat(pi).hasPassed(REFUSAL_NOTICE, END_REFUSED).hasNotPassed(PROCESSING).isEnded();
        assertThat(documents.forDossier(pi.getId())).extracting(IssuedDocument::type)
                .containsExactly(DocumentType.RECEIPT, DocumentType.REFUSAL);
    }

    @Test
    void approvalCanReturnTheDossierToProcessingOrRefuseIt() {
        ProcessInstance pi = submit(RESIDENCE, true);
        decideReception(pi, ACCEPT);
        decideApproval(pi, RETURN);
        assertThat(pi).isWaitingAt(PROCESSING);
        decideApproval(pi, REFUSE);
        assertThat(pi).hasPassed(REFUSAL_NOTICE, END_REFUSED).hasNotPassed(ISSUE_RESULT).isEnded();
    }

    @Test
    void anOverdueDossierIsEscalatedAndTheLeaderWritesTheApologyLetter() {
        ProcessInstance pi = submit(RESIDENCE, true);
        execute(job(DEADLINE_WARNING, pi));
        assertThat(pi).hasPassed(WARN_UNIT).isWaitingAt(RECEPTION);
        execute(job(OVERDUE, pi));
        assertThat(pi).hasPassed(ESCALATE).isWaitingAt(RECEPTION, APOLOGY_LETTER);
        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(APOLOGY_LETTER)
                .taskCandidateGroup("unit:ca-xa-" + WARD + ":leader").count()).isOne();
        Date newAppointment = Date.from(java.time.Instant.parse("2026-12-15T03:00:00Z"));
        complete(task(APOLOGY_LETTER, pi), withVariables(VAR_NEW_APPOINTMENT, newAppointment,
                VAR_APOLOGY_REASON, "Cần xác minh thêm nơi cư trú"));
        assertThat(pi).variables().containsEntry(VAR_APPOINTMENT_AT, newAppointment);
        assertThat(documents.forDossier(pi.getId())).extracting(IssuedDocument::type)
                .containsExactly(DocumentType.RECEIPT, DocumentType.APOLOGY);
    }

    @Test
    void processingAsksCoordinatingAgenciesInParallelAndGetsTheDossierBackWhenAllAnswered() {
        ProcessInstance pi = submit(RESIDENCE, true);
        decideReception(pi, ACCEPT);
        Date answerBy = Date.from(java.time.Instant.parse("2026-12-10T10:00:00Z"));
        complete(task(PROCESSING, pi), withVariables(VAR_PROCESSING_DECISION, CONSULT,
                VAR_CONSULTED_AGENCIES, List.of("ubnd-xa-" + WARD, "bhxh-tinh-01"), VAR_CONSULTATION_DUE_AT, answerBy));
        assertThat(pi).isWaitingAt(CONSULTATION);
        var consultations = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(CONSULTATION).list();
        // one task per agency, in that agency's own queue, due when the agencies were told
        assertThat(consultations).hasSize(2).allSatisfy(t -> org.assertj.core.api.Assertions.assertThat(t.getDueDate())
                .isEqualTo(answerBy));
        assertThat(taskQuery().processInstanceId(pi.getId()).taskCandidateGroup("agency:bhxh-tinh-01:consultation").count())
                .isOne();
        complete(consultations.get(0));
        assertThat(pi).isWaitingAt(CONSULTATION).isNotWaitingAt(PROCESSING);
        complete(consultations.get(1));
        assertThat(pi).isWaitingAt(PROCESSING);
        // the deadline did not move: consultation does not stop the clock
        assertThat(pi).variables().containsKey(VAR_DUE_AT).doesNotContainKey(VAR_CLOCK_PAUSED_AT);
    }

    @Test
    void processingAndApprovalSendTheDossierBackToReceptionWhichForwardsItAgain() {
        ProcessInstance pi = submit(RESIDENCE, true);
        decideReception(pi, ACCEPT);
        complete(task(PROCESSING, pi), withVariables(VAR_PROCESSING_DECISION, SEND_BACK));
        assertThat(pi).isWaitingAt(RECEPTION_REWORK);
        assertThat(taskQuery().processInstanceId(pi.getId()).taskCandidateGroup("unit:ca-xa-" + WARD + ":rework").count())
                .isOne();
        complete(task(RECEPTION_REWORK, pi));
        assertThat(pi).isWaitingAt(PROCESSING);
        complete(task(PROCESSING, pi), withVariables(VAR_PROCESSING_DECISION, PROPOSE));
        complete(task(APPROVAL, pi), withVariables(VAR_APPROVAL_DECISION, SEND_BACK));
        assertThat(pi).isWaitingAt(RECEPTION_REWORK);
        complete(task(RECEPTION_REWORK, pi));
        decideApproval(pi, APPROVE);
        assertThat(pi).isWaitingAt(ISSUE_RESULT);
    }

    @Test
    void theFlagshipsHaveTheConsultationAndSendBackPathsToo() {
        for (String code : List.of("1.001193", "1.000894", "1.004222", "1.001456")) {
            var model = engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
                    .createProcessDefinitionQuery().processDefinitionKey(processId(code)).latestVersion().singleResult().getId());
            org.assertj.core.api.Assertions.assertThat(List.of(PROCESSING_DECISION, CONSULTATION, RECEPTION_REWORK))
                    .as(code).allSatisfy(id -> org.assertj.core.api.Assertions.assertThat(
                            (Object) model.getModelElementById(id)).isNotNull());
        }
    }
}
