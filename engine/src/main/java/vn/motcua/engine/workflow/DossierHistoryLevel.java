package vn.motcua.engine.workflow;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import vn.motcua.workflows.onestop.OneStopModel;

/**
 * The history MotCua has Camunda write ({@code camunda.bpm.history-level: dossier}): Camunda's
 * {@code audit} level, less what nobody reads. A dossier's form values are MotCua's (the dossier
 * row) and its path is in MotCua's audit trail and status read model, so the engine's history keeps
 * <ul>
 *   <li>process and task instances, as {@code audit} does;</li>
 *   <li>activity instances of the steps a dossier does or waits at and of where it ended — tasks,
 *       events, joins, sub-processes, end events — but not of the start event and of the exclusive
 *       gateways a process passes through in the same transaction as the step before;</li>
 *   <li>the variables read from it ({@link #KEPT_VARIABLES}: due and appointment times, outcome, the
 *       signed documents' ids), not the form's values, decisions and working variables.</li>
 * </ul>
 * That is what Cockpit, the read model's back-fill ({@code DossierStatusFromHistory}) and the engine
 * REST API's users read. The studio's test runs keep the full {@code audit} history: the studio shows
 * their whole path, every gateway included (they are deleted after the run).
 * <p>
 * Every decision depends only on the activity's type or the variable's name, so an activity or a
 * variable is either written at its start and end or not at all.
 */
final class DossierHistoryLevel extends HistoryLevelAudit {

    static final DossierHistoryLevel INSTANCE = new DossierHistoryLevel();

    /**
     * Read from the history: where a dossier stood when it ended (the read model's back-fill) and
     * which signed documents it got (operators through the engine REST API). The dossier's code is
     * the process's business key; decisions and who took them are in MotCua's audit trail.
     */
    static final Set<String> KEPT_VARIABLES = Set.of(VAR_DUE_AT, VAR_APPOINTMENT_AT, VAR_OUTCOME,
            VAR_RECEIPT_DOCUMENT, VAR_RESULT_DOCUMENT, VAR_RESULT_DOCUMENT + "Check");

    /** Passed in the same transaction as the step before; the decision a gateway took shows in the next step. */
    private static final Set<String> PASSED_THROUGH = Set.of("startEvent", "exclusiveGateway", "inclusiveGateway");

    private DossierHistoryLevel() {
    }

    @Override
    public int getId() {
        return 12;
    }

    @Override
    public String getName() {
        return "dossier";
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (!super.isHistoryEventProduced(eventType, entity)) {
            return false;
        }
        if (entity instanceof ExecutionEntity execution && isActivityEvent(eventType)) {
            ActivityImpl activity = execution.getActivity();
            return activity == null || fullHistory(execution.getProcessDefinition().getKey()) || kept(activity);
        }
        if (entity instanceof VariableInstanceEntity variable && isVariableEvent(eventType)) {
            return KEPT_VARIABLES.contains(variable.getName()) || variable.getProcessDefinitionId() == null
                    || fullHistory(keyOf(variable.getProcessDefinitionId()));
        }
        return true;
    }

    private static boolean kept(ActivityImpl activity) {
        Object type = activity.getProperty("type");
        return !(type instanceof String t) || !PASSED_THROUGH.contains(t);
    }

    /** Studio test runs, but not the benchmark's bare-engine runs, which are measured like dossiers. */
    private static boolean fullHistory(String processDefinitionKey) {
        return OneStopModel.isTestRun(processDefinitionKey) && !OneStopModel.isBenchmarkRun(processDefinitionKey);
    }

    private static String keyOf(String processDefinitionId) {
        var definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(processDefinitionId);
        return definition == null ? null : definition.getKey();
    }

    private static boolean isActivityEvent(HistoryEventType type) {
        return type == HistoryEventTypes.ACTIVITY_INSTANCE_START || type == HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE
                || type == HistoryEventTypes.ACTIVITY_INSTANCE_END || type == HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE;
    }

    private static boolean isVariableEvent(HistoryEventType type) {
        return type == HistoryEventTypes.VARIABLE_INSTANCE_CREATE || type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE
                || type == HistoryEventTypes.VARIABLE_INSTANCE_DELETE || type == HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE;
    }
}
