package vn.motcua.engine.studio;

import static vn.motcua.engine.studio.Finding.Rule.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.workflow.ProcessInputs;
import vn.motcua.forms.schema.FormSchema;
import vn.motcua.workflows.onestop.OneStopModel;

/**
 * The authoritative check of a procedure model and its form before they may be published: that
 * Camunda 7 parses and can execute it, and that it is a one-stop procedure MotCua can run — every
 * human step in a known queue, the statutory deadline warned and enforced, one supplement request
 * at most, every path ending, only MotCua's own building blocks, and only variables that exist.
 */
@Component
public class ModelValidator {

    private static final Pattern DELEGATE = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");
    /** unit:${&lt;unit variable&gt;}:&lt;step&gt;: the routed unit, or a linked procedure's police or insurance unit. */
    private static final Pattern UNIT_GROUP = Pattern.compile("unit:\\$\\{(" + OneStopModel.VAR_UNIT + "|"
            + vn.motcua.workflows.flagship.FlagshipModel.VAR_POLICE_UNIT + "|"
            + vn.motcua.workflows.flagship.FlagshipModel.VAR_INSURANCE_UNIT + ")}:(\\w+)");
    private static final Pattern AGENCY_GROUP = Pattern.compile("agency:([^:]+):" + OneStopModel.STEP_CONSULTATION);

    private final ProcessEngineConfigurationImpl engine;
    private final ListableBeanFactory beans;
    private final StaffDirectory staff;
    private final ModelExpressions expressions;

    ModelValidator(ProcessEngineConfiguration engine, ListableBeanFactory beans, StaffDirectory staff) {
        this.engine = (ProcessEngineConfigurationImpl) engine;
        this.beans = beans;
        this.staff = staff;
        this.expressions = new ModelExpressions(beans);
    }

    /** Every finding, in the order of the rules; an empty list means the draft may be published. */
    public List<Finding> validate(String procedureCode, String bpmnXml, String formJson) {
        List<Finding> findings = new ArrayList<>();
        BpmnModelInstance model;
        FormSchema form;
        try {
            model = ModelFiles.readBpmn(bpmnXml);
        } catch (StudioRefusedException e) {
            return List.of(Finding.of(UNSAFE_FILE, null, null, e.getMessage()));
        }
        try {
            JsonNode tree = ModelFiles.readForm(formJson);
            form = FormSchema.of(tree);
        } catch (StudioRefusedException e) {
            findings.add(Finding.of(FORM_INVALID, null, null, e.getMessage()));
            form = null;
        } catch (RuntimeException e) {
            findings.add(Finding.of(FORM_INVALID, null, null, String.valueOf(e.getMessage())));
            form = null;
        }
        engineParse(bpmnXml, findings);
        processAndForm(procedureCode, model, form, findings);
        candidateGroups(model, findings);
        deadlineTimers(model, findings);
        supplementOnce(model, findings);
        pathsEnd(model, findings);
        buildingBlocks(model, findings);
        expressions.check(model, ModelFiles.elementsById(bpmnXml), form, findings);
        if (form != null) {
            for (String missing : ProcessInputs.missing(procedureCode, bpmnXml, form)) {
                findings.add(Finding.of(FORM_INPUT_MISSING, null, null, missing));
            }
        }
        return List.copyOf(new LinkedHashSet<>(findings));
    }

    /** Camunda's own parser, as a deployment would run it, but nothing is stored. */
    private void engineParse(String xml, List<Finding> findings) {
        try {
            engine.getCommandExecutorTxRequired().execute(context -> {
                DeploymentEntity deployment = new DeploymentEntity();
                deployment.setId("studio-validation");
                BpmnParse parse = bpmnParser().createParse().sourceString(xml).deployment(deployment)
                        .name("studio.bpmn");
                parse.execute();
                return null;
            });
        } catch (ParseException e) {
            e.getResorceReports().forEach(report -> report.getErrors().forEach(problem ->
                    findings.add(Finding.of(ENGINE, problem.getMainElementId(), null, problem.getMessage()))));
        } catch (RuntimeException e) {
            findings.add(Finding.of(ENGINE, null, null, String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
    }

    private org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser bpmnParser() {
        return engine.getDeployers().stream()
                .filter(org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer.class::isInstance)
                .map(d -> ((org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer) d).getBpmnParser())
                .findFirst().orElseThrow(() -> new IllegalStateException("Camunda has no BPMN deployer"));
    }

    private void processAndForm(String code, BpmnModelInstance model, FormSchema form, List<Finding> findings) {
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        String expected = OneStopModel.processId(code);
        if (processes.size() != 1 || !expected.equals(processes.iterator().next().getId())
                || !processes.iterator().next().isExecutable()) {
            findings.add(Finding.of(PROCESS_ID, null, null, expected));
            return;
        }
        Process process = processes.iterator().next();
        String formId = OneStopModel.formId(code);
        boolean referenced = process.getChildElementsByType(StartEvent.class).stream()
                .anyMatch(start -> formId.equals(start.getCamundaFormRef()));
        if (!referenced || (form != null && !formId.equals(form.id()))) {
            findings.add(Finding.of(FORM_REF, null, null, formId));
        }
    }

    private void candidateGroups(BpmnModelInstance model, List<Finding> findings) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String group = task.getCamundaCandidateGroups();
            if (group == null || group.isBlank()) {
                findings.add(Finding.of(GROUP_MISSING, task.getId(), task.getName()));
                continue;
            }
            Matcher unit = UNIT_GROUP.matcher(group.strip());
            Matcher agency = AGENCY_GROUP.matcher(group.strip());
            boolean known = unit.matches() ? OneStopModel.UNIT_STEPS.contains(unit.group(2))
                    : agency.matches() && (agency.group(1).equals("${" + OneStopModel.VAR_CONSULTED_AGENCY + "}")
                    || staff.hasUnit(agency.group(1)));
            if (!known) {
                findings.add(Finding.of(GROUP_UNKNOWN, task.getId(), task.getName(), group));
            }
        }
    }

    private void deadlineTimers(BpmnModelInstance model, List<Finding> findings) {
        if (!hasBoundaryTimer(model, OneStopModel.VAR_WARNING_AT)) {
            findings.add(Finding.of(WARNING_TIMER, null, null));
        }
        if (!hasBoundaryTimer(model, OneStopModel.VAR_DUE_AT)) {
            findings.add(Finding.of(OVERDUE_TIMER, null, null));
        }
    }

    private static boolean hasBoundaryTimer(BpmnModelInstance model, String variable) {
        return model.getModelElementsByType(BoundaryEvent.class).stream()
                .flatMap(b -> b.getEventDefinitions().stream())
                .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast)
                .anyMatch(t -> t.getTimeDate() != null && t.getTimeDate().getTextContent().replace(" ", "")
                        .equals("${" + variable + "}"));
    }

    /** Mẫu 02 once: one supplement request step, reached only while none has been sent. */
    private void supplementOnce(BpmnModelInstance model, List<Finding> findings) {
        List<ServiceTask> requests = model.getModelElementsByType(ServiceTask.class).stream()
                .filter(t -> "${supplementRequest}".equals(strip(t.getCamundaDelegateExpression()))).toList();
        for (int i = 1; i < requests.size(); i++) {
            findings.add(Finding.of(SUPPLEMENT_MORE_THAN_ONCE, requests.get(i).getId(), requests.get(i).getName()));
        }
        for (ServiceTask request : requests) {
            boolean guarded = !request.getIncoming().isEmpty() && request.getIncoming().stream().allMatch(flow ->
                    flow.getConditionExpression() != null && flow.getConditionExpression().getTextContent()
                            .replace(" ", "").contains(OneStopModel.VAR_SUPPLEMENT_COUNT + "==0"));
            if (!guarded) {
                findings.add(Finding.of(SUPPLEMENT_MORE_THAN_ONCE, request.getId(), request.getName()));
            }
        }
    }

    /** Every step leads to an end; the procedure can issue a result and can refuse. */
    private void pathsEnd(BpmnModelInstance model, List<Finding> findings) {
        List<Collection<FlowElement>> scopes = new ArrayList<>();
        model.getModelElementsByType(Process.class).forEach(p -> scopes.add(p.getFlowElements()));
        model.getModelElementsByType(SubProcess.class).stream().filter(s -> !s.triggeredByEvent())
                .forEach(s -> scopes.add(s.getFlowElements()));
        for (Collection<FlowElement> scope : scopes) {
            List<FlowNode> nodes = scope.stream().filter(FlowNode.class::isInstance)
                    .map(FlowNode.class::cast).toList();
            Map<FlowNode, Set<FlowNode>> into = new HashMap<>();
            for (FlowNode node : nodes) {
                for (SequenceFlow flow : node.getOutgoing()) {
                    into.computeIfAbsent(flow.getTarget(), k -> new HashSet<>()).add(node);
                }
                if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
                    into.computeIfAbsent(boundary, k -> new HashSet<>()).add(boundary.getAttachedTo());
                }
            }
            Set<FlowNode> reachEnd = new HashSet<>();
            Deque<FlowNode> pending = new ArrayDeque<>();
            nodes.stream().filter(EndEvent.class::isInstance).forEach(pending::add);
            while (!pending.isEmpty()) {
                FlowNode node = pending.pop();
                if (reachEnd.add(node)) {
                    pending.addAll(into.getOrDefault(node, Set.of()));
                }
            }
            for (FlowNode node : nodes) {
                if (!reachEnd.contains(node)) {
                    findings.add(Finding.of(DEAD_END, node.getId(), node.getName()));
                }
            }
        }
        if (!usesDelegate(model, "issueResult")) {
            findings.add(Finding.of(NO_RESULT, null, null));
        }
        if (!usesDelegate(model, "refusalNotice")) {
            findings.add(Finding.of(NO_REFUSAL, null, null));
        }
    }

    private static boolean usesDelegate(BpmnModelInstance model, String bean) {
        return model.getModelElementsByType(ServiceTask.class).stream()
                .anyMatch(t -> ("${" + bean + "}").equals(strip(t.getCamundaDelegateExpression())));
    }

    /** Service tasks and listeners name MotCua's beans of the right kind; never a Java class. */
    private void buildingBlocks(BpmnModelInstance model, List<Finding> findings) {
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (task.getCamundaClass() != null) {
                findings.add(Finding.of(CLASS_NOT_ALLOWED, task.getId(), task.getName(), task.getCamundaClass()));
            }
            String delegate = task.getCamundaDelegateExpression();
            if (delegate != null && !isBean(delegate, JavaDelegate.class)) {
                findings.add(Finding.of(DELEGATE_UNKNOWN, task.getId(), task.getName(), delegate));
            }
            if (delegate == null && task.getCamundaExpression() == null && task.getCamundaClass() == null) {
                findings.add(Finding.of(DELEGATE_UNKNOWN, task.getId(), task.getName(), "—"));
            }
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            BaseElement owner = owner(listener);
            if (listener.getCamundaClass() != null) {
                findings.add(Finding.of(CLASS_NOT_ALLOWED, id(owner), name(owner), listener.getCamundaClass()));
            }
            String delegate = listener.getCamundaDelegateExpression();
            if (delegate != null && !isBean(delegate, ExecutionListener.class) && !isBean(delegate, JavaDelegate.class)) {
                findings.add(Finding.of(DELEGATE_UNKNOWN, id(owner), name(owner), delegate));
            }
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            BaseElement owner = owner(listener);
            if (listener.getCamundaClass() != null) {
                findings.add(Finding.of(CLASS_NOT_ALLOWED, id(owner), name(owner), listener.getCamundaClass()));
            }
            String delegate = listener.getCamundaDelegateExpression();
            if (delegate != null && !isBean(delegate, TaskListener.class)) {
                findings.add(Finding.of(DELEGATE_UNKNOWN, id(owner), name(owner), delegate));
            }
        }
    }

    private boolean isBean(String delegateExpression, Class<?> type) {
        Matcher m = DELEGATE.matcher(delegateExpression.strip());
        return m.matches() && beans.containsBean(m.group(1)) && beans.isTypeMatch(m.group(1), type);
    }

    private static BaseElement owner(ModelElementInstance listener) {
        ModelElementInstance parent = listener.getParentElement();
        while (parent != null && !(parent instanceof BaseElement && ((BaseElement) parent).getId() != null
                && !(parent instanceof org.camunda.bpm.model.bpmn.instance.ExtensionElements))) {
            parent = parent.getParentElement();
        }
        return (BaseElement) parent;
    }

    private static String id(BaseElement element) {
        return element == null ? null : element.getId();
    }

    private static String name(BaseElement element) {
        return element == null ? null : nameOf(element);
    }

    private static String nameOf(BaseElement element) {
        return element instanceof FlowElement flow ? flow.getName() : element instanceof Process p ? p.getName() : null;
    }

    private static String strip(String text) {
        return text == null ? null : text.replace(" ", "");
    }

}
