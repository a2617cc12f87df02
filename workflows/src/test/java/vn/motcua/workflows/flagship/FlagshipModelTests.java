package vn.motcua.workflows.flagship;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflows.flagship.FlagshipModel.*;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.onestop.OneStopBpmnGenerator;

class FlagshipModelTests {

    private static CatalogueEntry entry(String code) {
        return new CatalogueEntry(code, "generated " + code, null, List.of(), null, null, List.of(), List.of(),
                List.of(), null, List.of(), List.of(), List.of());
    }

    private static BpmnModelInstance model(String code) {
        String xml = ProcedureModels.xml(entry(code));
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Bpmn.validateModel(model);
        return model;
    }

    static Stream<String> flagships() {
        return ProcedureModels.FLAGSHIPS.stream();
    }

    @ParameterizedTest
    @MethodSource("flagships")
    void eachFlagshipOverridesTheGeneratedModelAndKeepsTheSharedOneStopSteps(String code) {
        assertThat(ProcedureModels.isFlagship(code)).isTrue();
        assertThat(ProcedureModels.xml(entry(code))).isNotEqualTo(OneStopBpmnGenerator.generateXml(entry(code)))
                .contains("maintained by hand");
        BpmnModelInstance model = model(code);
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        assertThat(process.getId()).isEqualTo(processId(code));
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getDocumentations()).isNotEmpty();
        for (String shared : List.of(START, REGISTER, HANDLING, RECEPTION, SUPPLEMENT_REQUEST, AWAIT_SUPPLEMENT,
                DEADLINE_WARNING, OVERDUE, APOLOGY_LETTER, OUTCOME, ISSUE_RESULT, NOTIFY_RESULT, REFUSAL_NOTICE,
                END_RESULT_ISSUED, END_REFUSED, END_WITHDRAWN)) {
            assertThat((Object) model.getModelElementById(shared)).as("%s has %s", code, shared).isNotNull();
        }
        BoundaryEvent overdue = model.getModelElementById(OVERDUE);
        assertThat(overdue.getAttachedTo().getId()).isEqualTo(HANDLING);
    }

    @ParameterizedTest
    @MethodSource("flagships")
    void everyNodeHasAShapeAndNoTwoShapesOverlap(String code) {
        assertDrawnWithoutOverlaps(model(code));
    }

    @Test
    void generatedModelsAreDrawnWithoutOverlapsToo() {
        assertDrawnWithoutOverlaps(model("9.999999"));
        CatalogueEntry consulting = new CatalogueEntry("9.999998", "x", null, List.of(), null, null, List.of("Sở Y tế"),
                List.of(), List.of(), null, List.of(), List.of(), List.of());
        assertDrawnWithoutOverlaps(Bpmn.readModelFromStream(new ByteArrayInputStream(
                OneStopBpmnGenerator.generateXml(consulting).getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void eachFlagshipModelsWhatIsSpecificToItsProcedure() {
        BpmnModelInstance birth = model(BIRTH_REGISTRATION);
        assertThat(next(birth, HANDLING_START)).containsExactly(VERIFY_PARENTS);
        assertThat(next(birth, APPROVAL_DECISION)).contains(ASSIGN_PERSONAL_ID);
        assertThat((Object) birth.getModelElementById(FEE_DUE)).as("birth registration is free").isNull();

        BpmnModelInstance residence = model(PERMANENT_RESIDENCE);
        assertThat(next(residence, HANDLING_START)).containsExactly(RESIDENTS_LOOKUP);
        assertThat(next(residence, AWAIT_OWNER_CONSENT)).containsExactlyInAnyOrder(OWNER_CONSENTED, OWNER_DECLINED, OWNER_SILENT);
        assertThat(next(residence, OWNER_CONSENTED)).containsExactly(PROCESSING);
        assertThat(next(residence, FEE_DUE)).containsExactlyInAnyOrder(PAYMENT_CONFIRMED, HANDLING);

        BpmnModelInstance marriage = model(MARRIAGE_REGISTRATION);
        assertThat(next(marriage, NOTIFY_RESULT)).containsExactly(BOTH_PARTIES_SIGN);
        BoundaryEvent expired = marriage.getModelElementById(SIGNING_EXPIRED);
        assertThat(expired.getAttachedTo().getId()).isEqualTo(BOTH_PARTIES_SIGN);
        assertThat(expired.getEventDefinitions().iterator().next().getTextContent()).contains("P60D");

        BpmnModelInstance passport = model(ORDINARY_PASSPORT);
        assertThat(next(passport, RECEPTION_DECISION)).contains(BOOK_BIOMETRICS);
        assertThat(next(passport, BOOK_BIOMETRICS)).containsExactly(CAPTURE_BIOMETRICS);
        assertThat(next(passport, APPROVAL_DECISION)).contains(PERSONALISE_PASSPORT);

        BpmnModelInstance linked = model(LINKED_BIRTH_RESIDENCE_INSURANCE);
        assertThat((Object) linked.getModelElementById(LINKED_FORK)).isInstanceOf(ParallelGateway.class);
        assertThat(next(linked, LINKED_FORK)).containsExactlyInAnyOrder(SUB_BIRTH, SUB_RESIDENCE, SUB_INSURANCE);
        assertThat(next(linked, SUB_RESIDENCE)).containsExactly(LINKED_JOIN);
        assertThat(((UserTask) linked.getModelElementById(RESIDENCE_PROCESSING)).getCamundaCandidateGroups())
                .isEqualTo("unit:${policeUnitCode}:processing");
        assertThat(((UserTask) linked.getModelElementById(INSURANCE_CARD)).getCamundaCandidateGroups())
                .isEqualTo("unit:${insuranceUnitCode}:processing");
    }

    @Test
    void theVersionKeyDependsOnTheFlagshipFiles() {
        assertThat(ProcedureModels.version()).startsWith(OneStopBpmnGenerator.VERSION + "+flagships-").hasSizeGreaterThan(30);
    }

    private static List<String> next(BpmnModelInstance model, String id) {
        FlowNode node = model.getModelElementById(id);
        return node.getOutgoing().stream().map(f -> f.getTarget().getId()).toList();
    }

    /** Shapes of the same container must not overlap (a boundary event sits on its host's edge). */
    private static void assertDrawnWithoutOverlaps(BpmnModelInstance model) {
        List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(shapes).as("shape of %s", node.getId()).anyMatch(s -> s.getBpmnElement() == node);
        }
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                FlowNode a = (FlowNode) shapes.get(i).getBpmnElement();
                FlowNode b = (FlowNode) shapes.get(j).getBpmnElement();
                if (a.getParentElement() != b.getParentElement() || a instanceof BoundaryEvent || b instanceof BoundaryEvent) {
                    continue;
                }
                assertThat(overlap(shapes.get(i).getBounds(), shapes.get(j).getBounds()))
                        .as("%s overlaps %s", a.getId(), b.getId()).isFalse();
            }
        }
        for (SubProcess sub : model.getModelElementsByType(SubProcess.class)) {
            Bounds outer = shape(model, sub).getBounds();
            for (FlowNode inner : sub.getChildElementsByType(FlowNode.class)) {
                if (inner instanceof BoundaryEvent) {
                    continue;
                }
                Bounds b = shape(model, inner).getBounds();
                assertThat(b.getX() >= outer.getX() && b.getY() >= outer.getY()
                        && b.getX() + b.getWidth() <= outer.getX() + outer.getWidth()
                        && b.getY() + b.getHeight() <= outer.getY() + outer.getHeight())
                        .as("%s inside %s", inner.getId(), sub.getId()).isTrue();
            }
        }
    }

    private static BpmnShape shape(BpmnModelInstance model, FlowNode node) {
        return model.getModelElementsByType(BpmnShape.class).stream().filter(s -> s.getBpmnElement() == node)
                .findFirst().orElseThrow();
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }
}
