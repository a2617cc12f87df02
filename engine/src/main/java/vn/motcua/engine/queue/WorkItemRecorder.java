package vn.motcua.engine.queue;

import static vn.motcua.db.Tables.WORK_ITEM;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import vn.motcua.engine.catalogue.VietnameseText;

/**
 * Keeps the work-item table in step with Camunda's user tasks. Added to every user task by
 * {@link WorkItemParseListener}; runs inside the engine's transaction, so the queue row and the
 * task commit or roll back together.
 */
@Component
public class WorkItemRecorder implements TaskListener {

    private final DSLContext sql;
    private final Clock clock;

    WorkItemRecorder(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> created(task);
            case EVENTNAME_ASSIGNMENT -> sql.update(WORK_ITEM).set(WORK_ITEM.ASSIGNEE, task.getAssignee())
                    .set(WORK_ITEM.STATE, task.getAssignee() == null ? "OPEN" : "CLAIMED")
                    .where(WORK_ITEM.TASK_ID.eq(task.getId())).execute();
            case EVENTNAME_COMPLETE -> finished(task, "DONE");
            case EVENTNAME_DELETE -> finished(task, "CANCELLED");
            default -> { }
        }
    }

    private void created(DelegateTask task) {
        // candidate group unit:<unit>:<step> (or agency:<agency>:consultation): whose queue, which step
        String group = task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId()).filter(g -> g != null && g.chars().filter(c -> c == ':').count() == 2)
                .findFirst().orElse(null);
        String unit = group == null ? null : group.substring(group.indexOf(':') + 1, group.lastIndexOf(':'));
        String step = group == null ? null : group.substring(group.lastIndexOf(':') + 1);
        String name = (String) task.getVariable(VAR_APPLICANT_NAME);
        String dossierCode = (String) task.getVariable(VAR_DOSSIER_CODE);
        sql.insertInto(WORK_ITEM)
                .set(WORK_ITEM.TASK_ID, task.getId())
                .set(WORK_ITEM.PROCESS_INSTANCE_ID, task.getProcessInstanceId())
                .set(WORK_ITEM.DOSSIER_CODE, dossierCode != null ? dossierCode : task.getExecution().getBusinessKey())
                .set(WORK_ITEM.PROCEDURE_CODE, (String) task.getVariable(VAR_PROCEDURE_CODE))
                .set(WORK_ITEM.APPLICANT_ID, (String) task.getVariable(VAR_APPLICANT_ID))
                .set(WORK_ITEM.APPLICANT_NAME, name)
                .set(WORK_ITEM.NAME_KEY, nameKey(name))
                .set(WORK_ITEM.TASK_KEY, task.getTaskDefinitionKey())
                .set(WORK_ITEM.TASK_NAME, task.getName())
                .set(WORK_ITEM.UNIT_CODE, unit)
                .set(WORK_ITEM.STEP, step)
                .set(WORK_ITEM.ASSIGNEE, task.getAssignee())
                .set(WORK_ITEM.RECEIVED_AT, local(task.getVariable(VAR_RECEIVED_AT)))
                .set(WORK_ITEM.DUE_AT, local(task.getDueDate() != null ? task.getDueDate() : task.getVariable(VAR_DUE_AT)))
                .set(WORK_ITEM.CREATED_AT, LocalDateTime.now(clock))
                .set(WORK_ITEM.STATE, task.getAssignee() == null ? "OPEN" : "CLAIMED")
                .set(WORK_ITEM.IS_OPEN, (byte) 1)
                .execute();
    }

    private void finished(DelegateTask task, String state) {
        sql.update(WORK_ITEM).set(WORK_ITEM.STATE, state).set(WORK_ITEM.IS_OPEN, (byte) 0)
                .set(WORK_ITEM.COMPLETED_AT, LocalDateTime.now(clock))
                .set(WORK_ITEM.COMPLETED_BY, task.getAssignee())
                .where(WORK_ITEM.TASK_ID.eq(task.getId()), WORK_ITEM.STATE.in("OPEN", "CLAIMED")).execute();
    }

    /**
     * The due time moved (supplement received, new appointment): the dossier's open items follow,
     * in the same transaction (synchronous listeners of the lifecycle's events). A consultation
     * keeps the date its agencies were given.
     */
    @org.springframework.context.event.EventListener
    void on(vn.motcua.engine.lifecycle.SupplementReceived received) {
        dueMoved(received.dossierCode(), received.newDueAt());
    }

    @org.springframework.context.event.EventListener
    void on(vn.motcua.engine.lifecycle.ApologySent apology) {
        if (apology.newAppointment() != null) {
            dueMoved(apology.dossierCode(), apology.newAppointment());
        }
    }

    private void dueMoved(String dossierCode, java.time.Instant due) {
        sql.update(WORK_ITEM).set(WORK_ITEM.DUE_AT, LocalDateTime.ofInstant(due, clock.getZone()))
                .where(WORK_ITEM.DOSSIER_CODE.eq(dossierCode), WORK_ITEM.IS_OPEN.eq((byte) 1),
                        WORK_ITEM.TASK_KEY.ne(CONSULTATION)).execute();
    }

    static String nameKey(String name) {
        return name == null ? null : VietnameseText.fold(name);
    }

    private LocalDateTime local(Object date) {
        return date instanceof Date d ? LocalDateTime.ofInstant(d.toInstant(), clock.getZone()) : null;
    }
}
