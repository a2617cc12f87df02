package vn.motcua.workflows.onestop;

/**
 * Element ids, message names, variables and delegate beans of the one-stop (một cửa) process that
 * every generated procedure model follows; process tests and the engine refer to these constants.
 */
public final class OneStopModel {

    public static final String START = "StartEvent_Submitted";
    public static final String REGISTER = "Task_Register";
    public static final String FEE_DUE = "Gateway_FeeDue";
    public static final String PAYMENT_CONFIRMED = "Event_PaymentConfirmed";
    public static final String HANDLING = "SubProcess_Handling";
    public static final String HANDLING_START = "StartEvent_Handling";
    public static final String RECEPTION = "Task_Reception";
    public static final String RECEPTION_DECISION = "Gateway_ReceptionDecision";
    public static final String SUPPLEMENT_REQUEST = "Task_SupplementRequest";
    public static final String AWAIT_SUPPLEMENT = "Gateway_AwaitSupplement";
    public static final String SUPPLEMENT_RECEIVED = "Event_SupplementReceived";
    public static final String SUPPLEMENT_TIMEOUT = "Event_SupplementTimeout";
    public static final String WITHDRAW = "Task_Withdraw";
    public static final String CONSULTATION = "Task_Consultation";
    /** Reception corrects a dossier processing or approval sent back, and forwards it again. */
    public static final String RECEPTION_REWORK = "Task_ReceptionRework";
    public static final String PROCESSING_DECISION = "Gateway_ProcessingDecision";
    public static final String PROCESSING = "Task_Processing";
    public static final String APPROVAL = "Task_Approval";
    public static final String APPROVAL_DECISION = "Gateway_ApprovalDecision";
    public static final String DEADLINE_WARNING = "Event_DeadlineWarning";
    public static final String WARN_UNIT = "Task_WarnUnit";
    public static final String OVERDUE = "Event_Overdue";
    public static final String ESCALATE = "Task_EscalateOverdue";
    public static final String APOLOGY_LETTER = "Task_ApologyLetter";
    public static final String OUTCOME = "Gateway_Outcome";
    public static final String ISSUE_RESULT = "Task_IssueResult";
    public static final String NOTIFY_RESULT = "Task_NotifyResult";
    public static final String REFUSAL_NOTICE = "Task_RefusalNotice";
    public static final String END_RESULT_ISSUED = "EndEvent_ResultIssued";
    public static final String END_REFUSED = "EndEvent_Refused";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

    /** Messages the engine correlates. */
    public static final String MESSAGE_PAYMENT_CONFIRMED = "PaymentConfirmed";
    public static final String MESSAGE_SUPPLEMENT_RECEIVED = "SupplementReceived";

    /** Process variables set when the dossier is submitted. */
    public static final String VAR_PROCEDURE_CODE = "procedureCode";
    public static final String VAR_CHANNEL = "channel";
    public static final String VAR_FEE_PAID = "feePaid";
    public static final String VAR_APPLICANT_WARD = "applicantWardCode";
    public static final String VAR_APPLICANT_PROVINCE = "applicantProvinceCode";
    public static final String VAR_CLOCK_PAUSED_AT = "clockPausedAt";
    /** Set by filing when the dossier is submitted: its code and applicant. */
    public static final String VAR_DOSSIER_CODE = "dossierCode";
    /** When the dossier was received: the deadline counts from here, not from when registration ran. */
    public static final String VAR_RECEIVED_AT = "receivedAt";
    public static final String VAR_APPLICANT_ID = "applicantIdNumber";
    public static final String VAR_APPLICANT_NAME = "applicantName";
    /** Set by the staff decisions: why a dossier is refused, what to supplement. */
    public static final String VAR_REFUSAL_REASON = "refusalReason";
    public static final String VAR_SUPPLEMENT_MESSAGE = "supplementMessage";
    /** Set by the leader on the apology task (Mẫu 04): why late, and the new appointment date. */
    public static final String VAR_APOLOGY_REASON = "apologyReason";
    public static final String VAR_NEW_APPOINTMENT = "newAppointmentDate";
    /** The appointment the citizen was last given for the result. */
    public static final String VAR_APPOINTMENT_AT = "appointmentAt";
    /** Ids of the signed documents issued along the way. */
    public static final String VAR_RECEIPT_DOCUMENT = "receiptDocumentId";
    public static final String VAR_RESULT_DOCUMENT = "resultDocumentId";

    /** Process variables the model reads. */
    public static final String VAR_FEE_DUE = "feeDue";
    public static final String VAR_UNIT = "unitCode";
    public static final String VAR_RECEPTION_DECISION = "receptionDecision";
    public static final String VAR_APPROVAL_DECISION = "approvalDecision";
    public static final String VAR_SUPPLEMENT_COUNT = "supplementCount";
    public static final String VAR_SUPPLEMENT_WAIT = "supplementWaitPeriod";
    public static final String VAR_DUE_AT = "dueAt";
    public static final String VAR_WARNING_AT = "deadlineWarningAt";
    public static final String VAR_CONSULTED_AGENCIES = "consultedAgencies";
    public static final String VAR_CONSULTED_AGENCY = "consultedAgency";
    public static final String VAR_OUTCOME = "outcome";
    /** Set by the specialist: propose the result, ask coordinating agencies, or send back to reception. */
    public static final String VAR_PROCESSING_DECISION = "processingDecision";
    /** What the specialist proposes the result to say (optional; the leader approves it, the result states it). */
    public static final String VAR_PROPOSED_RESULT = "proposedResult";
    /** What the result states from the declaration (label → value, JSON), as the form's fields name them. */
    public static final String VAR_RESULT_FACTS = "resultFacts";
    /** When the coordinating agencies' opinions are due (inside the dossier's own time). */
    public static final String VAR_CONSULTATION_DUE_AT = "consultationDueAt";

    /** Decisions and outcomes as the variables hold them. */
    public static final String ACCEPT = "ACCEPT";
    public static final String SUPPLEMENT = "SUPPLEMENT";
    public static final String REFUSE = "REFUSE";
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    public static final String PROPOSE = "PROPOSE";
    public static final String CONSULT = "CONSULT";
    public static final String SEND_BACK = "SEND_BACK";
    public static final String APPROVED = "APPROVED";
    public static final String REFUSED = "REFUSED";
    public static final String WITHDRAWN = "WITHDRAWN";

    /** Steps and the candidate-group suffix of the unit that works them: unit:&lt;unit&gt;:&lt;step&gt;. */
    public static final String STEP_RECEPTION = "reception";
    public static final String STEP_PROCESSING = "processing";
    public static final String STEP_APPROVAL = "approval";
    public static final String STEP_LEADER = "leader";
    /** Reception corrects a dossier sent back to it. */
    public static final String STEP_REWORK = "rework";
    /** A coordinating agency answers: candidate group agency:&lt;unit&gt;:consultation. */
    public static final String STEP_CONSULTATION = "consultation";

    private OneStopModel() {
    }

    /**
     * Process ids of the policy studio's test runs start with this: they never reach a citizen,
     * a queue or the statistics (the engine's recorders skip them), and are deleted after the run.
     */
    public static final String TEST_RUN_PREFIX = "motcua_test_run_";

    public static boolean isTestRun(String processDefinitionKey) {
        return processDefinitionKey != null && processDefinitionKey.startsWith(TEST_RUN_PREFIX);
    }

    /**
     * Process ids of the submission benchmark's bare-engine runs: test runs (no MotCua step or
     * recorder acts on them), but with the history a dossier has, so that both sides write the same.
     */
    public static final String BENCHMARK_RUN_PREFIX = TEST_RUN_PREFIX + "bench_";

    public static boolean isBenchmarkRun(String processDefinitionKey) {
        return processDefinitionKey != null && processDefinitionKey.startsWith(BENCHMARK_RUN_PREFIX);
    }

    /** Steps a unit's candidate group may name: unit:${unitCode}:&lt;step&gt;. */
    public static final java.util.List<String> UNIT_STEPS = java.util.List.of(STEP_RECEPTION, STEP_PROCESSING,
            STEP_APPROVAL, STEP_LEADER, STEP_REWORK, STEP_CONSULTATION);

    public static String processId(String procedureCode) {
        return "tthc_" + procedureCode.replaceAll("[^A-Za-z0-9]", "_");
    }

    /** The name of the procedure's model in a Camunda deployment (the start-up one or a studio one). */
    public static String modelResource(String procedureCode) {
        return "tthc/" + procedureCode.replaceAll("[^A-Za-z0-9.]", "_") + ".bpmn";
    }

    /** The name of the procedure's form in the deployment of its model (its start event binds to it). */
    public static String formResource(String procedureCode) {
        return "forms/" + procedureCode + ".form";
    }

    /** The id of the procedure's form (Camunda Forms JSON), which its start event references. */
    public static String formId(String procedureCode) {
        return processId(procedureCode) + "_form";
    }

    /** Camunda candidate group of a step, resolved at runtime from the routed unit. */
    public static String candidateGroup(String step) {
        return "unit:${" + VAR_UNIT + "}:" + step;
    }
}
