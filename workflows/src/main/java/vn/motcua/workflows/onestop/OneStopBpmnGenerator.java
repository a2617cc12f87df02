package vn.motcua.workflows.onestop;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import vn.motcua.workflows.catalogue.CatalogueEntry;

/**
 * Turns a catalogue entry into its executable one-stop process: submitted → register → pay (when a
 * fee is due and unpaid) → reception (accept / one supplement request / refuse) → consultations with
 * the coordinating agencies, if any → processing → approval (approve / return / refuse) → issue
 * result → notify. The handling runs under the statutory deadline: a warning one working day
 * before, and on overdue an escalation and an apology letter (Mẫu 04). The fluent builder lays
 * out diagram interchange, so the model opens in bpmn-js and Camunda Modeler.
 */
public final class OneStopBpmnGenerator {

    private OneStopBpmnGenerator() {
    }

    public static BpmnModelInstance generate(CatalogueEntry entry) {
        ProcessBuilder process = Bpmn.createExecutableProcess(processId(entry.code()))
                .name(entry.title() == null ? entry.code() : entry.title())
                .camundaHistoryTimeToLive(3650)
                .camundaVersionTag(entry.code());
        var beforeHandling = process.startEvent(START).name("Hồ sơ đã nộp")
                .serviceTask(REGISTER).name("Tiếp nhận điện tử, cấp mã hồ sơ, hẹn trả").camundaDelegateExpression("${registerDossier}")
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
                .endEvent("EndEvent_Apologised");
        handling.moveToActivity(HANDLING)
                .exclusiveGateway(OUTCOME).name("Kết quả")
                .condition("phê duyệt", "${" + VAR_OUTCOME + " == '" + APPROVED + "'}")
                .serviceTask(ISSUE_RESULT).name("Ban hành kết quả có ký số").camundaDelegateExpression("${issueResult}")
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
        return process.done();
    }

    /** Inside the deadline: reception, supplement (once), consultations, processing, approval. */
    private static void handling(SubProcessBuilder handling, CatalogueEntry entry) {
        AbstractFlowNodeBuilder<?, ?> flow = handling.embeddedSubProcess().startEvent(HANDLING_START)
                .userTask(RECEPTION).name("Tiếp nhận, kiểm tra hồ sơ").camundaCandidateGroups(candidateGroup(STEP_RECEPTION))
                .exclusiveGateway(RECEPTION_DECISION).name("Hồ sơ đầy đủ?")
                .condition("tiếp nhận", decision(VAR_RECEPTION_DECISION, ACCEPT));
        if (!entry.coordinatingAgencies().isEmpty()) {
            UserTaskBuilder consultation = flow.userTask(CONSULTATION).name("Lấy ý kiến cơ quan phối hợp")
                    .camundaCandidateGroups("agency:${" + VAR_CONSULTED_AGENCY + "}:consultation");
            consultation.multiInstance().parallel()
                    .camundaCollection("${" + VAR_CONSULTED_AGENCIES + "}")
                    .camundaElementVariable(VAR_CONSULTED_AGENCY);
            flow = consultation;
        }
        flow.userTask(PROCESSING).name("Thẩm định, xử lý").camundaCandidateGroups(candidateGroup(STEP_PROCESSING))
                .userTask(APPROVAL).name("Phê duyệt, ký").camundaCandidateGroups(candidateGroup(STEP_APPROVAL))
                .exclusiveGateway(APPROVAL_DECISION).name("Quyết định")
                .condition("phê duyệt", decision(VAR_APPROVAL_DECISION, APPROVE))
                .endEvent("EndEvent_Decided")
                .moveToNode(APPROVAL_DECISION)
                .condition("trả lại xử lý", decision(VAR_APPROVAL_DECISION, RETURN))
                .connectTo(PROCESSING)
                .moveToNode(APPROVAL_DECISION)
                .condition("từ chối", decision(VAR_APPROVAL_DECISION, REFUSE))
                .endEvent("EndEvent_RefusedAtApproval")
                .moveToNode(RECEPTION_DECISION)
                // Mẫu 02 may be sent once per dossier: a second request has no way out of this gateway
                .condition("yêu cầu bổ sung (một lần)", "${" + VAR_RECEPTION_DECISION + " == '" + SUPPLEMENT
                        + "' && " + VAR_SUPPLEMENT_COUNT + " == 0}")
                .serviceTask(SUPPLEMENT_REQUEST).name("Yêu cầu bổ sung (Mẫu 02), dừng đồng hồ")
                .camundaDelegateExpression("${supplementRequest}")
                .eventBasedGateway().id(AWAIT_SUPPLEMENT).name("Chờ bổ sung")
                .intermediateCatchEvent(SUPPLEMENT_RECEIVED).name("Đã bổ sung").message(MESSAGE_SUPPLEMENT_RECEIVED)
                .connectTo(RECEPTION)
                .moveToNode(AWAIT_SUPPLEMENT)
                .intermediateCatchEvent(SUPPLEMENT_TIMEOUT).name("Hết hạn bổ sung")
                .timerWithDuration("${" + VAR_SUPPLEMENT_WAIT + "}")
                .serviceTask(WITHDRAW).name("Coi như rút hồ sơ").camundaDelegateExpression("${withdrawDossier}")
                .endEvent("EndEvent_NotSupplemented")
                .moveToNode(RECEPTION_DECISION)
                .condition("từ chối", decision(VAR_RECEPTION_DECISION, REFUSE))
                .endEvent("EndEvent_RefusedAtReception")
                .subProcessDone();
    }

    private static String decision(String variable, String value) {
        return "${" + variable + " == '" + value + "'}";
    }
}
