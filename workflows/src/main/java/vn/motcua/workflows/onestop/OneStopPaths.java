package vn.motcua.workflows.onestop;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;

/**
 * The paths every one-stop office takes daily besides the straight one: processing asks
 * coordinating agencies for their opinion (lấy ý kiến cơ quan phối hợp, one task per agency, in
 * parallel, due inside the dossier's time, the clock not paused), and processing or approval sends
 * the dossier back to reception (trả về bộ phận tiếp nhận) with a reason, which corrects it and
 * forwards it to processing again. Added to any model with the one-stop processing and approval
 * steps: the generated ones and the flagships.
 */
public final class OneStopPaths {

    private OneStopPaths() {
    }

    /** True when the model has the steps these paths attach to and does not have them yet. */
    public static boolean appliesTo(BpmnModelInstance model) {
        return model.getModelElementById(PROCESSING) instanceof UserTask
                && model.getModelElementById(APPROVAL_DECISION) instanceof ExclusiveGateway
                && model.getModelElementById(PROCESSING_DECISION) == null;
    }

    /** Adds the consultation and send-back paths; the caller lays the diagram out afterwards. */
    public static void addTo(BpmnModelInstance model) {
        if (!appliesTo(model)) {
            throw new IllegalArgumentException("The model has no one-stop processing and approval steps, or has these paths");
        }
        UserTask processing = model.getModelElementById(PROCESSING);
        UserTask approval = model.getModelElementById(APPROVAL);
        List<SequenceFlow> direct = processing.getOutgoing().stream().filter(f -> f.getTarget() == approval).toList();
        if (direct.size() != 1 || processing.getOutgoing().size() != 1) {
            throw new IllegalArgumentException("Processing must lead straight to approval");
        }
        remove(model, direct.get(0));

        processing.builder().exclusiveGateway(PROCESSING_DECISION).name("Kết quả xử lý")
                .condition("đề xuất kết quả", decision(VAR_PROCESSING_DECISION, PROPOSE))
                .connectTo(APPROVAL)
                .moveToNode(PROCESSING_DECISION)
                .condition("lấy ý kiến phối hợp", decision(VAR_PROCESSING_DECISION, CONSULT))
                .userTask(CONSULTATION).name("Cho ý kiến phối hợp")
                .camundaCandidateGroups("agency:${" + VAR_CONSULTED_AGENCY + "}:" + STEP_CONSULTATION)
                .camundaDueDate("${" + VAR_CONSULTATION_DUE_AT + "}")
                .multiInstance().parallel()
                .camundaCollection("${" + VAR_CONSULTED_AGENCIES + "}")
                .camundaElementVariable(VAR_CONSULTED_AGENCY)
                .multiInstanceDone()
                .connectTo(PROCESSING)
                .moveToNode(PROCESSING_DECISION)
                .condition("trả về bộ phận tiếp nhận", decision(VAR_PROCESSING_DECISION, SEND_BACK))
                .userTask(RECEPTION_REWORK).name("Hoàn thiện hồ sơ bị trả về")
                .camundaCandidateGroups(candidateGroup(STEP_REWORK))
                .connectTo(PROCESSING);
        ExclusiveGateway approvalDecision = model.getModelElementById(APPROVAL_DECISION);
        approvalDecision.builder()
                .condition("trả về bộ phận tiếp nhận", decision(VAR_APPROVAL_DECISION, SEND_BACK))
                .connectTo(RECEPTION_REWORK);
    }

    private static void remove(BpmnModelInstance model, SequenceFlow flow) {
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() == flow) {
                edge.getParentElement().removeChildElement(edge);
            }
        }
        flow.getSource().getOutgoing().remove(flow);
        flow.getTarget().getIncoming().remove(flow);
        flow.getParentElement().removeChildElement(flow);
    }

    private static String decision(String variable, String value) {
        return "${" + variable + " == '" + value + "'}";
    }
}
