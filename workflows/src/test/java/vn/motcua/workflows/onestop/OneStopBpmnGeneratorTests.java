package vn.motcua.workflows.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.CatalogueImporter;
import vn.motcua.workflows.flagship.ProcedureModels;

class OneStopBpmnGeneratorTests {

    private static List<CatalogueEntry> catalogue;

    @BeforeAll
    static void importTheShippedCatalogue() throws Exception {
        try (BufferedReader in = Files.newBufferedReader(
                vn.motcua.workflows.SharedData.PROCEDURES, StandardCharsets.UTF_8)) {
            catalogue = new CatalogueImporter().read(in).entries();
        }
    }

    /** The XML that gets deployed, read and validated against the BPMN 2.0 schema as a deployment would. */
    private static BpmnModelInstance roundTrip(CatalogueEntry entry) {
        String xml = ProcedureModels.xml(entry);
        BpmnModelInstance parsed = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Bpmn.validateModel(parsed);
        return parsed;
    }

    @Test
    void everyProcedureGetsAValidExecutableModelWithDiagramDeadlineAndUnitGroups() {
        assertThat(catalogue).hasSize(1084);
        Set<String> ids = catalogue.stream().map(e -> processId(e.code())).collect(Collectors.toSet());
        assertThat(ids).as("process ids are unique").hasSize(1084);
        for (CatalogueEntry entry : catalogue) {
            BpmnModelInstance model = roundTrip(entry);
            Process process = model.getModelElementsByType(Process.class).iterator().next();
            assertThat(process.getId()).isEqualTo(processId(entry.code()));
            assertThat(process.isExecutable()).isTrue();
            assertThat(process.getName()).hasSizeLessThanOrEqualTo(255).isNotBlank();
            boolean flagship = ProcedureModels.isFlagship(entry.code());
            if (!flagship) {
                assertThat(process.getName()).isEqualTo(OneStopBpmnGenerator.processName(entry));
                assertThat(process.getCamundaVersionTag()).isEqualTo(entry.code());
            }

            Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
            Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
            assertThat(shapes).as("%s: every node has a shape", entry.code())
                    .containsAll(nodes.stream().map(FlowNode::getId).toList());
            assertThat(model.getModelElementsByType(BpmnEdge.class))
                    .hasSameSizeAs(model.getModelElementsByType(SequenceFlow.class));

            BoundaryEvent overdue = model.getModelElementById(OVERDUE);
            assertThat(overdue.getAttachedTo().getId()).isEqualTo(HANDLING);
            assertThat(overdue.cancelActivity()).isFalse();
            assertThat(overdue.getChildElementsByType(TimerEventDefinition.class).iterator().next()
                    .getTimeDate().getTextContent()).isEqualTo("${dueAt}");

            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaCandidateGroups())
                        .matches("unit:\\$\\{(unitCode|policeUnitCode|insuranceUnitCode)\\}:(reception|processing|approval|leader|rework)"
                                + "|agency:\\$\\{consultedAgency\\}:consultation");
            }
            if (!flagship) {
                assertThat((Object) model.getModelElementById(CONSULTATION)).as("%s can consult agencies", entry.code()).isNotNull();
                assertThat((Object) model.getModelElementById(RECEPTION_REWORK)).as("%s can send back", entry.code()).isNotNull();
            }
        }
    }

    @Test
    void theOneStopPathIsModelledInOrder() {
        // temporary residence: commune level, a fee online, generated (not a flagship)
        CatalogueEntry residence = catalogue.stream().filter(e -> e.code().equals("1.004194")).findFirst().orElseThrow();
        BpmnModelInstance model = roundTrip(residence);
        assertThat(next(model, START)).containsExactly(REGISTER);
        assertThat(next(model, REGISTER)).containsExactly(FEE_DUE);
        assertThat(next(model, FEE_DUE)).containsExactlyInAnyOrder(PAYMENT_CONFIRMED, HANDLING);
        assertThat(next(model, RECEPTION_DECISION)).containsExactlyInAnyOrder(PROCESSING, SUPPLEMENT_REQUEST,
                "EndEvent_RefusedAtReception");
        assertThat(next(model, AWAIT_SUPPLEMENT)).containsExactlyInAnyOrder(SUPPLEMENT_RECEIVED, SUPPLEMENT_TIMEOUT);
        assertThat(next(model, SUPPLEMENT_RECEIVED)).containsExactly(RECEPTION);
        assertThat(next(model, PROCESSING)).containsExactly(PROCESSING_DECISION);
        assertThat(next(model, PROCESSING_DECISION)).containsExactlyInAnyOrder(APPROVAL, CONSULTATION, RECEPTION_REWORK);
        assertThat(next(model, CONSULTATION)).containsExactly(PROCESSING);
        assertThat(next(model, RECEPTION_REWORK)).containsExactly(PROCESSING);
        assertThat(next(model, APPROVAL_DECISION)).containsExactlyInAnyOrder("EndEvent_Decided", PROCESSING,
                "EndEvent_RefusedAtApproval", RECEPTION_REWORK);
        UserTask consultation = model.getModelElementById(CONSULTATION);
        assertThat(consultation.getLoopCharacteristics()).as("one task per agency, in parallel").isNotNull();
        assertThat(consultation.getCamundaDueDate()).isEqualTo("${consultationDueAt}");
        assertThat(next(model, OUTCOME)).containsExactlyInAnyOrder(ISSUE_RESULT, REFUSAL_NOTICE, END_WITHDRAWN);
        assertThat(((UserTask) model.getModelElementById(APOLOGY_LETTER)).getName()).contains("Mẫu 04");
        SequenceFlow supplement = model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(f -> f.getTarget().getId().equals(SUPPLEMENT_REQUEST)).findFirst().orElseThrow();
        assertThat(supplement.getConditionExpression().getTextContent())
                .isEqualTo("${receptionDecision == 'SUPPLEMENT' && supplementCount == 0}");
    }

    @Test
    void generationIsDeterministicSoUnchangedModelsAreRecognised() {
        CatalogueEntry birth = catalogue.stream().filter(e -> e.code().equals("1.001193")).findFirst().orElseThrow();
        String first = OneStopBpmnGenerator.generateXml(birth);
        assertThat(OneStopBpmnGenerator.generateXml(birth)).isEqualTo(first);
        assertThat(first).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}");
        Bpmn.validateModel(Bpmn.readModelFromStream(new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8))));
    }

    private static List<String> next(BpmnModelInstance model, String id) {
        FlowNode node = model.getModelElementById(id);
        return node.getOutgoing().stream().map(f -> f.getTarget().getId()).toList();
    }
}
