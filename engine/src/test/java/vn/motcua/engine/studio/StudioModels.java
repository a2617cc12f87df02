package vn.motcua.engine.studio;

import static vn.motcua.workflows.onestop.OneStopModel.PROCESSING;
import static vn.motcua.workflows.onestop.OneStopModel.RECEPTION_DECISION;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Edits policy staff make to a model, done with the model API for the tests. */
final class StudioModels {

    static final String ASK_POLICE = "Task_AskPolice";

    private StudioModels() {
    }

    static String edit(String xml, Consumer<BpmnModelInstance> change) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        change.accept(model);
        return Bpmn.convertToString(model);
    }

    /** A consultation step between reception's acceptance and processing; {@code group} null: none chosen yet. */
    static String withConsultationStep(String xml, String group) {
        return edit(xml, model -> {
            UserTask processing = model.getModelElementById(PROCESSING);
            SequenceFlow into = processing.getIncoming().stream()
                    .filter(f -> f.getSource().getId().equals(RECEPTION_DECISION)).findFirst().orElseThrow();
            ModelElementInstance scope = into.getParentElement();
            UserTask ask = model.newInstance(UserTask.class);
            ask.setId(ASK_POLICE);
            ask.setName("Xin ý kiến Công an phường");
            if (group != null) {
                ask.setCamundaCandidateGroups(group);
            }
            scope.addChildElement(ask);
            SequenceFlow out = model.newInstance(SequenceFlow.class);
            out.setId("Flow_AskPolice");
            scope.addChildElement(out);
            out.setSource(ask);
            out.setTarget(processing);
            ask.getOutgoing().add(out);
            processing.getIncoming().add(out);
            processing.getIncoming().remove(into);
            into.setTarget(ask);
            ask.getIncoming().add(into);
        });
    }
}
