package vn.motcua.engine.studio;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.springframework.stereotype.Service;
import vn.motcua.engine.Messages;
import vn.motcua.engine.staff.StaffMember;

/**
 * A test run of a draft before it goes to review: the draft is deployed on the real engine under
 * a process id of its own ({@link vn.motcua.workflows.onestop.OneStopModel#TEST_RUN_PREFIX}: no
 * queue, dossier or statistic records it), with every MotCua step replaced by one that does
 * nothing, and walked through one scenario — each human step answered as the scenario says —
 * until it ends or stops. The path it took is returned, and the deployment with all its runtime
 * and history is deleted, whatever happened.
 */
@Service
public class ModelTestRun {

    static final int MAX_STEPS = 60;
    static final String TEST_UNIT = "studio-test";

    /** How the human steps answer. */
    public enum Scenario {
        /** Accepted, proposed, approved: a result is issued. */
        APPROVE,
        /** Processing first asks the coordinating agencies, then proposes; approved. */
        CONSULT_THEN_APPROVE,
        /** Refused at reception. */
        REFUSE_AT_RECEPTION
    }

    /** A step the run passed through. */
    public record Step(String elementId, String name, String type) {
    }

    /** Where the run went and how it ended (null end: it stopped without ending, e.g. a wait with no answer). */
    public record Result(Scenario scenario, List<Step> path, String endElementId, String endName, String stoppedReason) {

        public boolean ended() {
            return endElementId != null;
        }
    }

    private final ModelDrafts drafts;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    ModelTestRun(ModelDrafts drafts, RepositoryService repository, RuntimeService runtime, TaskService tasks,
                 ManagementService management, HistoryService history, Clock clock,
                 org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.drafts = drafts;
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.clock = clock;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    public Result run(StaffMember staff, String code, Scenario scenario) {
        StudioAccess.requireEditor(staff);
        ModelDraft draft = transactions.execute(status -> drafts.find(code)).orElseThrow(() ->
                new StudioRefusedException("revision", Messages.text("studio.draft.none")));
        String key = TEST_RUN_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        BpmnModelInstance model = forTestRun(ModelFiles.readBpmn(draft.bpmnXml()), key);
        Deployment deployment;
        try {
            deployment = repository.createDeployment().name("motcua-test-run")
                    .addModelInstance(key + ".bpmn", model)
                    .addString(formResource(code), draft.formJson()).deploy();
        } catch (org.camunda.bpm.engine.ParseException e) {
            List<String> problems = new ArrayList<>();
            e.getResorceReports().forEach(r -> r.getErrors().forEach(p -> problems.add(p.getMainElementId() + ": " + p.getMessage())));
            throw new StudioRefusedException("bpmn", Messages.text("studio.testRun.notDeployable", String.join("; ", problems)));
        } catch (RuntimeException e) {
            throw new StudioRefusedException("bpmn", Messages.text("studio.testRun.notDeployable",
                    String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
        try {
            return walk(code, key, scenario);
        } finally {
            retrying(() -> repository.deleteDeployment(deployment.getId(), true, true));
        }
    }

    /** Runs an engine call again when it lost a race with the job executor (optimistic lock, deadlock). */
    private static void retrying(Runnable call) {
        for (int attempt = 1; ; attempt++) {
            try {
                call.run();
                return;
            } catch (org.camunda.bpm.engine.ProcessEngineException e) {
                if (attempt >= 10 || !(e instanceof OptimisticLockingException || causedByRollback(e))) {
                    throw e;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean causedByRollback(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransactionRollbackException || cause instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    private Result walk(String code, String key, Scenario scenario) {
        String processInstanceId = runtime.startProcessInstanceByKey(key, "TEST-" + key.substring(TEST_RUN_PREFIX.length()),
                startVariables(code)).getId();
        int processingDone = 0;
        String stopped = null;
        for (int step = 0; step < MAX_STEPS; step++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (!jobs.isEmpty()) {
                for (Job job : jobs) {
                    // the node's job executor may be running the same job: whoever loses retries or finds it done
                    retrying(() -> {
                        if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                            management.executeJob(job.getId());
                        }
                    });
                }
                continue;
            }
            List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).list();
            if (open.isEmpty()) {
                if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
                    stopped = Messages.text("studio.testRun.waiting");
                }
                break;
            }
            for (Task task : open) {
                tasks.complete(task.getId(), answers(scenario, processingDone));
                if (PROCESSING.equals(task.getTaskDefinitionKey())) {
                    processingDone++;
                }
            }
            if (step == MAX_STEPS - 1) {
                stopped = Messages.text("studio.testRun.tooLong", String.valueOf(MAX_STEPS));
            }
        }
        List<Step> path = new ArrayList<>();
        String endId = null;
        String endName = null;
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list()) {
            path.add(new Step(activity.getActivityId(), activity.getActivityName(), activity.getActivityType()));
            if ("noneEndEvent".equals(activity.getActivityType()) && activity.getParentActivityInstanceId() != null
                    && activity.getParentActivityInstanceId().equals(processInstanceId)) {
                endId = activity.getActivityId();
                endName = activity.getActivityName();
            }
        }
        boolean ended = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).finished().count() > 0;
        return new Result(scenario, path, ended ? endId : null, ended ? endName : null, ended ? null : stopped);
    }

    private Map<String, Object> startVariables(String code) {
        Date now = Date.from(clock.instant());
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_PROCEDURE_CODE, code);
        variables.put(VAR_CHANNEL, "ONLINE");
        variables.put(VAR_FEE_DUE, false);
        variables.put(VAR_FEE_PAID, true);
        variables.put(VAR_UNIT, TEST_UNIT);
        variables.put(VAR_SUPPLEMENT_COUNT, 0);
        variables.put(VAR_SUPPLEMENT_WAIT, "P15D");
        variables.put(VAR_RECEIVED_AT, now);
        variables.put(VAR_DUE_AT, Date.from(clock.instant().plus(Duration.ofDays(30))));
        variables.put(VAR_WARNING_AT, Date.from(clock.instant().plus(Duration.ofDays(29))));
        variables.put(VAR_CONSULTATION_DUE_AT, Date.from(clock.instant().plus(Duration.ofDays(10))));
        variables.put(VAR_CONSULTED_AGENCIES, new ArrayList<>(List.of(TEST_UNIT)));
        variables.put(VAR_APPLICANT_ID, "000000000000");
        variables.put(VAR_APPLICANT_NAME, "Hồ sơ chạy thử");
        return variables;
    }

    private static Map<String, Object> answers(Scenario scenario, int processingDone) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(VAR_RECEPTION_DECISION, scenario == Scenario.REFUSE_AT_RECEPTION ? REFUSE : ACCEPT);
        answers.put(VAR_PROCESSING_DECISION,
                scenario == Scenario.CONSULT_THEN_APPROVE && processingDone == 0 ? CONSULT : PROPOSE);
        answers.put(VAR_APPROVAL_DECISION, APPROVE);
        return answers;
    }

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private static void replaceWithNothing(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
        element.removeAttributeNs(CAMUNDA, "class");
        element.removeAttributeNs(CAMUNDA, "expression");
        element.setAttributeValueNs(CAMUNDA, "delegateExpression", "${studioTestStep}");
    }

    /** The draft under its own process id, every MotCua step and listener replaced by one that does nothing. */
    public static BpmnModelInstance forTestRun(BpmnModelInstance draft, String key) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(
                Bpmn.convertToString(draft).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        model.getModelElementsByType(Process.class).forEach(p -> p.setId(key));
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            replaceWithNothing(task);
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            // expressions that only record a decision (outcome) stay: they steer the path
            if (listener.getCamundaDelegateExpression() != null || listener.getCamundaClass() != null) {
                replaceWithNothing(listener);
            }
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            replaceWithNothing(listener);
        }
        return model;
    }
}
