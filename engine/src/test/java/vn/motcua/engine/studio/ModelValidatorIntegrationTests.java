package vn.motcua.engine.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.engine.studio.Finding.Rule.*;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.forms.ProcedureForms;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.workflows.flagship.ProcedureModels;

/**
 * Each validation rule on a model that passes it (the shipped ones) and on the same model broken
 * the way a policy officer could break it, with the finding at the offending element.
 */
@SpringBootTest
class ModelValidatorIntegrationTests {

    private static final String CODE = "1.003677";

    @Autowired
    ModelValidator validator;
    @Autowired
    ProcedureForms forms;
    @Autowired
    ProcedureCatalogue catalogue;

    private String shipped(String code) {
        CatalogueEntry entry = catalogue.find(code).orElseThrow();
        return ProcedureModels.xml(entry);
    }

    private List<Finding> validate(Consumer<BpmnModelInstance> change) {
        return validator.validate(CODE, StudioModels.edit(shipped(CODE), change), forms.shippedFormJson(CODE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.003677", "1.004194", "1.001193", "1.004222", "1.000894", "1.001456", "2.000986"})
    void theShippedModelsPass(String code) {
        assertThat(validator.validate(code, shipped(code), forms.shippedFormJson(code))).isEmpty();
    }

    @Test
    void aStepWithoutAGroupOrWithAnUnknownOneIsFoundAtThatStep() {
        assertThat(validate(m -> ((UserTask) m.getModelElementById(RECEPTION)).removeAttributeNs(
                "http://camunda.org/schema/1.0/bpmn", "candidateGroups")))
                .extracting(Finding::rule, Finding::elementId).containsExactly(org.assertj.core.groups.Tuple.tuple(GROUP_MISSING, RECEPTION));
        assertThat(validate(m -> ((UserTask) m.getModelElementById(RECEPTION)).setCamundaCandidateGroups("unit:${unitCode}:coffee")))
                .extracting(Finding::rule).containsExactly(GROUP_UNKNOWN);
        assertThat(validate(m -> ((UserTask) m.getModelElementById(RECEPTION)).setCamundaCandidateGroups("agency:no-such-unit:consultation")))
                .extracting(Finding::rule).containsExactly(GROUP_UNKNOWN);
        // a coordinating agency of the directory is a known group
        assertThat(validator.validate(CODE, StudioModels.withConsultationStep(shipped(CODE), "agency:ca-xa-00004:consultation"),
                forms.shippedFormJson(CODE))).isEmpty();
        List<Finding> missing = validator.validate(CODE, StudioModels.withConsultationStep(shipped(CODE), null),
                forms.shippedFormJson(CODE));
        assertThat(missing).extracting(Finding::rule, Finding::elementId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GROUP_MISSING, StudioModels.ASK_POLICE));
        assertThat(missing.get(0).message(Locale.forLanguageTag("vi"))).contains("Xin ý kiến Công an phường").contains("chưa có nhóm xử lý");
        assertThat(missing.get(0).message(Locale.ENGLISH)).contains("has no group");
    }

    @Test
    void theDeadlineTimersMustExist() {
        assertThat(validate(m -> remove(m, DEADLINE_WARNING))).extracting(Finding::rule).contains(WARNING_TIMER);
        assertThat(validate(m -> remove(m, OVERDUE))).extracting(Finding::rule).contains(OVERDUE_TIMER);
    }

    @Test
    void aSupplementRequestReachableTwiceIsRefused() {
        List<Finding> findings = validate(m -> {
            ServiceTask request = m.getModelElementById(SUPPLEMENT_REQUEST);
            SequenceFlow into = request.getIncoming().iterator().next();
            ConditionExpression condition = m.newInstance(ConditionExpression.class);
            condition.setTextContent("${" + VAR_RECEPTION_DECISION + " == 'SUPPLEMENT'}");
            into.setConditionExpression(condition);
        });
        assertThat(findings).extracting(Finding::rule, Finding::elementId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SUPPLEMENT_MORE_THAN_ONCE, SUPPLEMENT_REQUEST));
    }

    @Test
    void aStepWithNoWayToAnEndIsADeadEnd() {
        List<Finding> findings = validate(m -> {
            ServiceTask notify = m.getModelElementById(NOTIFY_RESULT);
            SequenceFlow out = notify.getOutgoing().iterator().next();
            out.getTarget().getIncoming().remove(out);
            notify.getOutgoing().remove(out);
            out.getParentElement().removeChildElement(out);
        });
        assertThat(findings).extracting(Finding::rule, Finding::elementId).contains(
                org.assertj.core.groups.Tuple.tuple(DEAD_END, NOTIFY_RESULT));
    }

    @Test
    void onlyMotCuasBuildingBlocksAndKnownVariables() {
        assertThat(validate(m -> ((ServiceTask) m.getModelElementById(REFUSAL_NOTICE)).setCamundaDelegateExpression("${deleteEverything}")))
                .extracting(Finding::rule, Finding::elementId)
                .contains(org.assertj.core.groups.Tuple.tuple(DELEGATE_UNKNOWN, REFUSAL_NOTICE));
        assertThat(validate(m -> {
            ServiceTask task = m.getModelElementById(REFUSAL_NOTICE);
            task.setCamundaDelegateExpression(null);
            task.setCamundaClass("java.lang.Runtime");
        })).extracting(Finding::rule).contains(CLASS_NOT_ALLOWED);
        assertThat(validate(m -> {
            UserTask reception = m.getModelElementById(RECEPTION);
            SequenceFlow accept = reception.getOutgoing().iterator().next().getTarget().getOutgoing().iterator().next();
            ConditionExpression condition = m.newInstance(ConditionExpression.class);
            condition.setTextContent("${soTienPhat > 0}");
            accept.setConditionExpression(condition);
        })).extracting(Finding::rule, Finding::arguments).contains(
                org.assertj.core.groups.Tuple.tuple(VARIABLE_UNKNOWN, List.of("soTienPhat")));
        // the one-stop steps without an issue-result block
        assertThat(validate(m -> ((ServiceTask) m.getModelElementById(ISSUE_RESULT)).setCamundaDelegateExpression("${notifyCitizen}")))
                .extracting(Finding::rule).contains(NO_RESULT);
    }

    @Test
    void camundasOwnParserAndTheProcessIdAndForm() {
        assertThat(validate(m -> {
            BoundaryEvent overdue = m.getModelElementById(OVERDUE);
            overdue.getEventDefinitions().clear();
            overdue.getEventDefinitions().add(m.newInstance(org.camunda.bpm.model.bpmn.instance.TimerEventDefinition.class));
        })).extracting(Finding::rule, Finding::elementId).contains(org.assertj.core.groups.Tuple.tuple(ENGINE, OVERDUE));
        assertThat(validate(m -> m.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                .forEach(p -> p.setId("tthc_other")))).extracting(Finding::rule).contains(PROCESS_ID);
        assertThat(validator.validate(CODE, shipped(CODE), forms.shippedFormJson("1.004194")))
                .extracting(Finding::rule).contains(FORM_REF);
        assertThat(validator.validate(CODE, shipped(CODE), "{\"components\": 3}")).extracting(Finding::rule).contains(FORM_INVALID);
    }

    @Test
    void unsafeOrMalformedFilesAreOneFinding() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>";
        assertThat(validator.validate(CODE, xxe, forms.shippedFormJson(CODE))).extracting(Finding::rule).containsExactly(UNSAFE_FILE);
        assertThat(validator.validate(CODE, "not xml", forms.shippedFormJson(CODE))).extracting(Finding::rule).containsExactly(UNSAFE_FILE);
    }

    private static void remove(BpmnModelInstance model, String boundaryId) {
        BoundaryEvent boundary = model.getModelElementById(boundaryId);
        for (SequenceFlow flow : List.copyOf(boundary.getOutgoing())) {
            flow.getTarget().getIncoming().remove(flow);
            flow.getParentElement().removeChildElement(flow);
        }
        boundary.getParentElement().removeChildElement(boundary);
    }
}
