package vn.motcua.workflows.onestop;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;
import vn.motcua.workflows.catalogue.CatalogueEntry;

/**
 * Turns a catalogue entry into its executable one-stop process: submitted → register → pay (when a
 * fee is due and unpaid) → reception (accept / one supplement request / refuse) → processing
 * (propose / ask coordinating agencies / send back to reception, {@link OneStopPaths}) → approval
 * (approve / return / send back / refuse) → issue result → notify. The handling runs under the statutory deadline: a warning one working day
 * before, and on overdue an escalation and an apology letter (Mẫu 04). The fluent builder creates
 * the diagram interchange and {@link DiagramLayout} arranges it, so the model opens readably in
 * bpmn-js and Camunda Modeler.
 */
public final class OneStopBpmnGenerator {

    private static final int MAX_NAME = 255;

    private OneStopBpmnGenerator() {
    }

    /** Changes whenever the generated models change shape: part of the deployment's version key. */
    public static final String VERSION = "one-stop-8";

    private static final Pattern GENERATED_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final String CODE_SLOT = "__CODE__";
    private static final String TITLE_SLOT = "__TITLE__";
    /** The shape every one-stop model takes, built once. */
    private static volatile String template;

    /**
     * The model as BPMN XML, fast and deterministic. Every procedure's model has one of two shapes,
     * so each shape is built once (the fluent builder and its diagram layout cost ~10 ms a model)
     * and filled in with the procedure's id, name and version tag. The builder names flows and
     * diagram elements with random UUIDs, which would make every generation look like a change to
     * Camunda's duplicate filtering; they are renumbered in order of appearance.
     */
    public static String generateXml(CatalogueEntry entry) {
        String shape = template;
        if (shape == null) {
            shape = template = template();
        }
        return shape.replace(processId(CODE_SLOT), processId(entry.code()))
                .replace(CODE_SLOT, xmlText(entry.code()))
                .replace(TITLE_SLOT, xmlText(processName(entry)));
    }

    private static String template() {
        CatalogueEntry slots = new CatalogueEntry(CODE_SLOT, TITLE_SLOT, null, List.of(), null, null,
                List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of());
        BpmnModelInstance model = generate(slots);
        DiagramLayout.apply(model);
        String xml = Bpmn.convertToString(model);
        Map<String, String> numbers = new HashMap<>();
        Matcher m = GENERATED_ID.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (m.find()) {
            m.appendReplacement(out, numbers.computeIfAbsent(m.group(), k -> "g" + (numbers.size() + 1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Escapes text for an XML attribute value. */
    private static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static BpmnModelInstance generate(CatalogueEntry entry) {
        ProcessBuilder process = Bpmn.createExecutableProcess(processId(entry.code()))
                .name(processName(entry))
                .camundaVersionTag(entry.code());
        // the form filed with the dossier, deployed with the models (Tasklist starts with it too)
        var beforeHandling = process.startEvent(START).name("Hồ sơ đã nộp")
                .camundaFormRef(formId(entry.code())).camundaFormRefBinding("deployment")
                .serviceTask(REGISTER).name("Tiếp nhận điện tử, cấp mã hồ sơ, hẹn trả")
                // after the submission's own transaction: the receipt (Mẫu 01) is rendered and signed
                // in a job, so submitting stays short and a signing failure does not lose the dossier
                .camundaAsyncBefore().camundaDelegateExpression("${registerDossier}")
                .exclusiveGateway(FEE_DUE).name("Còn phải nộp phí?")
                .condition("phí chưa nộp", "${" + VAR_FEE_DUE + "}")
                .intermediateCatchEvent(PAYMENT_CONFIRMED).name("Đã nộp phí").message(MESSAGE_PAYMENT_CONFIRMED);
        SubProcessBuilder handling = beforeHandling.subProcess(HANDLING).name("Giải quyết hồ sơ (trong thời hạn)");
        handling(handling, entry);
        handling.boundaryEvent(DEADLINE_WARNING).name("Còn 1 ngày làm việc").cancelActivity(false)
                .timerWithDate("${" + VAR_WARNING_AT + "}")
                .serviceTask(WARN_UNIT).name("Cảnh báo sắp đến hạn").camundaDelegateExpression("${deadlineWarning}")
                .endEvent("EndEvent_Warned");
        handling.boundaryEvent(OVERDUE).name("Quá hạn").cancelActivity(false)
                .timerWithDate("${" + VAR_DUE_AT + "}")
                .serviceTask(ESCALATE).name("Báo cáo lãnh đạo đơn vị").camundaDelegateExpression("${escalateOverdue}")
                .userTask(APOLOGY_LETTER).name("Thư xin lỗi, hẹn lại ngày trả (Mẫu 04)")
                .camundaCandidateGroups(candidateGroup(STEP_LEADER))
                .camundaTaskListenerDelegateExpression("complete", "${apologyLetter}")
                .endEvent("EndEvent_Apologised");
        handling.moveToActivity(HANDLING)
                .exclusiveGateway(OUTCOME).name("Kết quả")
                .condition("phê duyệt", "${" + VAR_OUTCOME + " == '" + APPROVED + "'}")
                // its own transaction: a signing failure becomes an incident, and nothing half-issued
                .serviceTask(ISSUE_RESULT).name("Ban hành kết quả có ký số").camundaAsyncBefore()
                .camundaDelegateExpression("${issueResult}")
                .serviceTask(NOTIFY_RESULT).name("Thông báo, trả kết quả").camundaDelegateExpression("${notifyCitizen}")
                .endEvent(END_RESULT_ISSUED).name("Đã trả kết quả")
                .moveToNode(OUTCOME)
                .condition("từ chối", "${" + VAR_OUTCOME + " == '" + REFUSED + "'}")
                .serviceTask(REFUSAL_NOTICE).name("Thông báo từ chối (Mẫu 03)").camundaDelegateExpression("${refusalNotice}")
                .endEvent(END_REFUSED).name("Từ chối")
                .moveToNode(OUTCOME)
                .condition("rút hồ sơ", "${" + VAR_OUTCOME + " == '" + WITHDRAWN + "'}")
                .endEvent(END_WITHDRAWN).name("Hồ sơ rút (không bổ sung)")
                .moveToNode(FEE_DUE)
                .condition("không phải nộp", "${!" + VAR_FEE_DUE + "}")
                .connectTo(HANDLING);
        BpmnModelInstance model = process.done();
        OneStopPaths.addTo(model);
        return model;
    }

    /** Inside the deadline: reception, supplement (once), consultations, processing, approval. */
    private static void handling(SubProcessBuilder handling, CatalogueEntry entry) {
        handling.embeddedSubProcess().startEvent(HANDLING_START)
                .userTask(RECEPTION).name("Tiếp nhận, kiểm tra hồ sơ").camundaCandidateGroups(candidateGroup(STEP_RECEPTION))
                .exclusiveGateway(RECEPTION_DECISION).name("Hồ sơ đầy đủ?")
                .condition("tiếp nhận", decision(VAR_RECEPTION_DECISION, ACCEPT))
                .userTask(PROCESSING).name("Thẩm định, xử lý").camundaCandidateGroups(candidateGroup(STEP_PROCESSING))
                .userTask(APPROVAL).name("Phê duyệt, ký").camundaCandidateGroups(candidateGroup(STEP_APPROVAL))
                .exclusiveGateway(APPROVAL_DECISION).name("Quyết định")
                .condition("phê duyệt", decision(VAR_APPROVAL_DECISION, APPROVE))
                .endEvent("EndEvent_Decided").camundaExecutionListenerExpression("start", outcome(APPROVED))
                .moveToNode(APPROVAL_DECISION)
                .condition("trả lại xử lý", decision(VAR_APPROVAL_DECISION, RETURN))
                .connectTo(PROCESSING)
                .moveToNode(APPROVAL_DECISION)
                .condition("từ chối", decision(VAR_APPROVAL_DECISION, REFUSE))
                .endEvent("EndEvent_RefusedAtApproval").camundaExecutionListenerExpression("start", outcome(REFUSED))
                .moveToNode(RECEPTION_DECISION)
                // Mẫu 02 may be sent once per dossier: a second request has no way out of this gateway
                .condition("yêu cầu bổ sung (một lần)", "${" + VAR_RECEPTION_DECISION + " == '" + SUPPLEMENT
                        + "' && " + VAR_SUPPLEMENT_COUNT + " == 0}")
                .serviceTask(SUPPLEMENT_REQUEST).name("Yêu cầu bổ sung (Mẫu 02), dừng đồng hồ")
                .camundaDelegateExpression("${supplementRequest}")
                .eventBasedGateway().id(AWAIT_SUPPLEMENT).name("Chờ bổ sung")
                .intermediateCatchEvent(SUPPLEMENT_RECEIVED).name("Đã bổ sung, chạy lại đồng hồ").message(MESSAGE_SUPPLEMENT_RECEIVED)
                .camundaExecutionListenerDelegateExpression("end", "${supplementReceived}")
                .connectTo(RECEPTION)
                .moveToNode(AWAIT_SUPPLEMENT)
                .intermediateCatchEvent(SUPPLEMENT_TIMEOUT).name("Hết hạn bổ sung")
                .timerWithDuration("${" + VAR_SUPPLEMENT_WAIT + "}")
                .serviceTask(WITHDRAW).name("Coi như rút hồ sơ").camundaDelegateExpression("${withdrawDossier}")
                .endEvent("EndEvent_NotSupplemented").camundaExecutionListenerExpression("start", outcome(WITHDRAWN))
                .moveToNode(RECEPTION_DECISION)
                .condition("từ chối", decision(VAR_RECEPTION_DECISION, REFUSE))
                .endEvent("EndEvent_RefusedAtReception").camundaExecutionListenerExpression("start", outcome(REFUSED))
                .subProcessDone();
    }

    /** The title, cut to what Camunda stores (ACT_RE_PROCDEF.NAME_ is 255 characters). */
    static String processName(CatalogueEntry entry) {
        // one line: XML attribute values turn line breaks into spaces anyway
        String title = (entry.title() == null ? entry.code() : entry.title()).replaceAll("\\s+", " ").strip();
        return title.length() <= MAX_NAME ? title : title.substring(0, MAX_NAME - 1).strip() + "…";
    }

    /** Records how the handling ended, for the gateway after it (a process-level variable). */
    private static String outcome(String value) {
        return "${execution.setVariable('" + VAR_OUTCOME + "', '" + value + "')}";
    }

    private static String decision(String variable, String value) {
        return "${" + variable + " == '" + value + "'}";
    }
}
