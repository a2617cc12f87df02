package vn.motcua.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.motcua.workflows.flagship.FlagshipModel.*;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.audit.AuditEntry;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.document.DocumentService;
import vn.motcua.engine.document.DocumentType;
import vn.motcua.workflows.calendar.WorkingDayCalendar;

/** The paths specific to each hand-modelled flagship, on the real engine and database. */
@SpringBootTest
class FlagshipProcessTests {

    private static final String WARD = "00004";
    private static final String PROVINCE = "01";

    @Autowired
    ProcessEngine engine;
    @Autowired
    AuditTrail audit;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    DocumentService documents;
    @Autowired
    vn.motcua.engine.registry.ResidentsDatabase registry;

    @BeforeEach
    void useThisEngine() {
        init(engine);
    }

    private ProcessInstance submit(String code, boolean feePaid) {
        return registered(engine.getRuntimeService().startProcessInstanceByKey(processId(code), Map.of(
                VAR_PROCEDURE_CODE, code, VAR_CHANNEL, "ONLINE", VAR_FEE_PAID, feePaid,
                VAR_APPLICANT_WARD, WARD, VAR_APPLICANT_PROVINCE, PROVINCE)));
    }

    /** Registration runs in its own job after the submission: run it. */
    private static ProcessInstance registered(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(REGISTER);
        execute(job(REGISTER, pi));
        return pi;
    }

    private void correlate(ProcessInstance pi, String message) {
        engine.getRuntimeService().createMessageCorrelation(message).processInstanceId(pi.getId()).correlate();
    }

    private static void accept(ProcessInstance pi) {
        complete(task(RECEPTION, pi), withVariables(VAR_RECEPTION_DECISION, ACCEPT));
    }

    private static void approve(ProcessInstance pi) {
        complete(task(PROCESSING, pi), withVariables(VAR_PROCESSING_DECISION, PROPOSE));
        complete(task(APPROVAL, pi), withVariables(VAR_APPROVAL_DECISION, APPROVE));
    }

    /** The result is issued in its own job (async before): run it. */
    private static void issueResult(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(ISSUE_RESULT);
        execute(job(ISSUE_RESULT, pi));
    }

    private long tasksFor(ProcessInstance pi, String taskKey, String group) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).taskCandidateGroup(group).count();
    }

    private java.util.List<String> actions(ProcessInstance pi) {
        return audit.eventsFor("DOSSIER", pi.getId()).stream().map(AuditEntry::action).toList();
    }

    @Test
    void birthRegistrationChecksTheParentsAndAssignsThePersonalIdNumber() {
        ProcessInstance pi = submit(BIRTH_REGISTRATION, false);
        assertThat(pi).hasPassed(VERIFY_PARENTS).isWaitingAt(RECEPTION);
        assertThat(tasksFor(pi, RECEPTION, "unit:ubnd-xa-" + WARD + ":reception")).isOne();
        accept(pi);
        approve(pi);
        issueResult(pi);
        assertThat(pi).hasPassed(ASSIGN_PERSONAL_ID, ISSUE_RESULT, END_RESULT_ISSUED).isEnded();
        assertThat(actions(pi)).containsSubsequence("PARENTS_VERIFIED", "PERSONAL_ID_ASSIGNED", "RESULT_ISSUED");
        assertThat(documents.forDossier(pi.getId())).extracting(d -> d.type())
                .containsExactly(DocumentType.RECEIPT, DocumentType.BIRTH_EXTRACT);
    }

    @Test
    void theRegistryChecksReadTheNamedPeopleAndLogTheReadsForThem() {
        String an = vn.motcua.engine.registry.DemoRegistry.ACCOUNTS.get(0).resident().idNumber();
        String binh = vn.motcua.engine.registry.DemoRegistry.ACCOUNTS.get(1).resident().idNumber();
        int logged = registry.accessLog(an, 1000).size();
        ProcessInstance birth = registered(engine.getRuntimeService().startProcessInstanceByKey(processId(BIRTH_REGISTRATION),
                "ubnd-xa-00004-flagship-1", Map.of(VAR_PROCEDURE_CODE, BIRTH_REGISTRATION, VAR_FEE_PAID, true,
                        VAR_APPLICANT_WARD, WARD, VAR_APPLICANT_PROVINCE, PROVINCE, VAR_APPLICANT_ID, an,
                        RegistryChecks.VAR_FATHER_ID, an, RegistryChecks.VAR_MOTHER_ID, binh)));
        assertThat(birth).variables().containsEntry(RegistryChecks.VAR_PARENTS_FOUND, true);
        var newest = registry.accessLog(an, 1000);
        assertThat(newest).hasSize(logged + 1);
        assertThat(newest.get(0).dossierCode()).isEqualTo("ubnd-xa-00004-flagship-1");
        assertThat(newest.get(0).purpose()).contains("Đăng ký khai sinh");

        // An is married to Bình in the registry: a marriage dossier naming him is flagged
        ProcessInstance marriage = registered(engine.getRuntimeService().startProcessInstanceByKey(processId(MARRIAGE_REGISTRATION),
                Map.of(VAR_PROCEDURE_CODE, MARRIAGE_REGISTRATION, VAR_APPLICANT_WARD, WARD, VAR_APPLICANT_PROVINCE, PROVINCE,
                        VAR_APPLICANT_ID, an, RegistryChecks.VAR_PARTNER_ID, "079096100005")));
        assertThat(marriage).variables().containsEntry(RegistryChecks.VAR_BOTH_UNMARRIED, false);

        ProcessInstance residence = registered(engine.getRuntimeService().startProcessInstanceByKey(processId(PERMANENT_RESIDENCE),
                Map.of(VAR_PROCEDURE_CODE, PERMANENT_RESIDENCE, VAR_FEE_PAID, true, VAR_APPLICANT_WARD, WARD,
                        VAR_APPLICANT_PROVINCE, PROVINCE, VAR_APPLICANT_ID, binh)));
        assertThat(residence).variables().containsEntry(RegistryChecks.VAR_APPLICANT_FOUND, true)
                .containsEntry(RegistryChecks.VAR_APPLICANT_PERMANENT_WARD, "00004");
    }

    @Test
    void birthRegistrationSupplementedOnceThenContinues() {
        ProcessInstance pi = submit(BIRTH_REGISTRATION, false);
        complete(task(RECEPTION, pi), withVariables(VAR_RECEPTION_DECISION, SUPPLEMENT));
        assertThat(pi).isWaitingAt(AWAIT_SUPPLEMENT);
        correlate(pi, MESSAGE_SUPPLEMENT_RECEIVED);
        assertThat(pi).isWaitingAt(RECEPTION);
        accept(pi);
        assertThat(pi).isWaitingAt(PROCESSING);
    }

    @Test
    void permanentResidenceWaitsForPaymentAndTheOwnersConsent() {
        ProcessInstance pi = submit(PERMANENT_RESIDENCE, false);
        assertThat(pi).isWaitingAt(PAYMENT_CONFIRMED);
        correlate(pi, MESSAGE_PAYMENT_CONFIRMED);
        assertThat(pi).hasPassed(RESIDENTS_LOOKUP).isWaitingAt(RECEPTION);
        assertThat(tasksFor(pi, RECEPTION, "unit:ca-xa-" + WARD + ":reception")).isOne();
        accept(pi);
        assertThat(pi).hasPassed(REQUEST_OWNER_CONSENT).isWaitingAt(AWAIT_OWNER_CONSENT);
        correlate(pi, MESSAGE_OWNER_CONSENTED);
        assertThat(pi).isWaitingAt(PROCESSING);
        approve(pi);
        issueResult(pi);
        assertThat(pi).hasPassed(UPDATE_RESIDENCE, END_RESULT_ISSUED).isEnded();
        assertThat(actions(pi)).containsSubsequence("RESIDENTS_LOOKUP", "OWNER_CONSENT_REQUESTED", "RESIDENCE_UPDATED");
    }

    @Test
    void permanentResidenceIsRefusedWhenTheOwnerDeclinesOrDoesNotAnswer() {
        ProcessInstance declined = submit(PERMANENT_RESIDENCE, true);
        accept(declined);
        correlate(declined, MESSAGE_OWNER_DECLINED);
        assertThat(declined).hasPassed(REFUSAL_NOTICE, END_REFUSED).hasNotPassed(PROCESSING).isEnded();

        ProcessInstance silent = submit(PERMANENT_RESIDENCE, true);
        accept(silent);
        execute(job(OWNER_SILENT, silent));
        assertThat(silent).hasPassed(REFUSAL_NOTICE, END_REFUSED).isEnded();
    }

    @Test
    void marriageIsRecordedOnlyAfterBothPartiesSignInPerson() {
        ProcessInstance pi = submit(MARRIAGE_REGISTRATION, false);
        assertThat(pi).hasPassed(VERIFY_MARITAL_STATUS);
        accept(pi);
        approve(pi);
        issueResult(pi);
        assertThat(pi).hasPassed(ISSUE_RESULT, NOTIFY_RESULT).isWaitingAt(BOTH_PARTIES_SIGN);
        assertThat(tasksFor(pi, BOTH_PARTIES_SIGN, "unit:ubnd-xa-" + WARD + ":reception")).isOne();
        complete(task(BOTH_PARTIES_SIGN, pi));
        assertThat(pi).hasPassed(RECORD_MARRIAGE, END_RESULT_ISSUED).isEnded();
    }

    @Test
    void aMarriageCertificateNotSignedWithinSixtyDaysIsVoided() {
        ProcessInstance pi = submit(MARRIAGE_REGISTRATION, false);
        accept(pi);
        approve(pi);
        issueResult(pi);
        execute(job(SIGNING_EXPIRED, pi));
        assertThat(pi).hasPassed(VOID_CERTIFICATE, END_CERTIFICATE_VOIDED).hasNotPassed(RECORD_MARRIAGE).isEnded();
    }

    @Test
    void passportApplicantsComeInForPhotoAndFingerprintsAtTheProvincialPolice() {
        ProcessInstance pi = submit(ORDINARY_PASSPORT, true);
        assertThat(tasksFor(pi, RECEPTION, "unit:ca-tinh-" + PROVINCE + ":reception")).isOne();
        accept(pi);
        assertThat(pi).hasPassed(BOOK_BIOMETRICS).isWaitingAt(CAPTURE_BIOMETRICS);
        Date appointment = (Date) engine.getRuntimeService().getVariable(pi.getId(),
                BiometricsAppointmentDelegate.VAR_APPOINTMENT_AT);
        var day = appointment.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        assertThat(calendar.isWorkingDay(day)).isTrue();
        assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        complete(task(CAPTURE_BIOMETRICS, pi));
        approve(pi);
        assertThat(pi).isWaitingAt(PERSONALISE_PASSPORT);
        complete(task(PERSONALISE_PASSPORT, pi));
        issueResult(pi);
        assertThat(pi).hasPassed(ISSUE_RESULT, END_RESULT_ISSUED).isEnded();
    }

    @Test
    void aMissedBiometricsAppointmentEndsThePassportDossierAsWithdrawn() {
        ProcessInstance pi = submit(ORDINARY_PASSPORT, true);
        accept(pi);
        execute(job(APPOINTMENT_MISSED, pi));
        assertThat(pi).hasPassed(END_WITHDRAWN).hasNotPassed(PROCESSING).isEnded();
        assertThat(pi).variables().containsEntry(VAR_OUTCOME, WITHDRAWN);
    }

    @Test
    void theLinkedProcedureRunsAtThreeAgenciesInParallelAndJoinsIntoOneResult() {
        ProcessInstance pi = submit(LINKED_BIRTH_RESIDENCE_INSURANCE, false);
        assertThat(pi).hasPassed(ROUTE_LINKED_UNITS).isWaitingAt(RECEPTION);
        assertThat(tasksFor(pi, RECEPTION, "unit:ubnd-xa-" + WARD + ":reception")).isOne();
        accept(pi);
        assertThat(pi).isWaitingAt(BIRTH_PROCESSING, RESIDENCE_PROCESSING, INSURANCE_CARD);
        assertThat(tasksFor(pi, BIRTH_PROCESSING, "unit:ubnd-xa-" + WARD + ":processing")).isOne();
        assertThat(tasksFor(pi, RESIDENCE_PROCESSING, "unit:ca-xa-" + WARD + ":processing")).isOne();
        assertThat(tasksFor(pi, INSURANCE_CARD, "unit:bhxh-tinh-" + PROVINCE + ":processing")).isOne();

        complete(task(INSURANCE_CARD, pi));
        complete(task(RESIDENCE_PROCESSING, pi));
        complete(task(RESIDENCE_APPROVAL, pi));
        assertThat(pi).isWaitingAt(BIRTH_PROCESSING).isNotWaitingAt(COMBINE_RESULTS);
        complete(task(BIRTH_PROCESSING, pi));
        complete(task(BIRTH_APPROVAL, pi));
        assertThat(pi).hasPassed(ASSIGN_PERSONAL_ID, UPDATE_RESIDENCE, LINKED_JOIN).isWaitingAt(COMBINE_RESULTS);
        complete(task(COMBINE_RESULTS, pi));
        issueResult(pi);
        assertThat(pi).hasPassed(ISSUE_RESULT, END_RESULT_ISSUED).isEnded();
    }

    @Test
    void anOverdueLinkedDossierIsEscalatedToTheReceivingCommittee() {
        ProcessInstance pi = submit(LINKED_BIRTH_RESIDENCE_INSURANCE, false);
        accept(pi);
        execute(job(OVERDUE, pi));
        assertThat(pi).hasPassed(ESCALATE).isWaitingAt(APOLOGY_LETTER, BIRTH_PROCESSING);
        assertThat(tasksFor(pi, APOLOGY_LETTER, "unit:ubnd-xa-" + WARD + ":leader")).isOne();
    }
}
