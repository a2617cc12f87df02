package vn.motcua.engine.workflow;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import vn.motcua.workflows.calendar.DeadlineCalculator;

/**
 * {@code ${supplementReceived}}: the citizen supplemented, so the deadline clock runs again. The
 * working time that was left when it stopped is carried over, and the deadline timers already
 * scheduled on the handling are moved accordingly.
 */
@Component("supplementReceived")
class SupplementReceivedListener implements ExecutionListener {

    private final DeadlineCalculator deadlines;
    private final DossierMilestones milestones;
    private final Clock clock;

    SupplementReceivedListener(DeadlineCalculator deadlines, DossierMilestones milestones, Clock clock) {
        this.deadlines = deadlines;
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Date pausedAt = (Date) execution.getVariable(VAR_CLOCK_PAUSED_AT);
        Date dueAt = (Date) execution.getVariable(VAR_DUE_AT);
        if (pausedAt == null || dueAt == null) {
            return; // nothing was paused
        }
        LocalDateTime due = deadlines.resume(TimerDates.local(dueAt, clock), TimerDates.local(pausedAt, clock),
                LocalDateTime.now(clock));
        Date newDue = TimerDates.of(due, clock);
        Date newWarning = TimerDates.of(deadlines.warningAt(due), clock);
        execution.setVariable(VAR_DUE_AT, newDue);
        execution.setVariable(VAR_WARNING_AT, newWarning);
        execution.removeVariable(VAR_CLOCK_PAUSED_AT);
        var management = execution.getProcessEngineServices().getManagementService();
        for (Job job : management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).timers().list()) {
            String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getActivityId();
            if (OVERDUE.equals(activity)) {
                management.setJobDuedate(job.getId(), newDue);
            } else if (DEADLINE_WARNING.equals(activity)) {
                management.setJobDuedate(job.getId(), newWarning);
            }
        }
        // the read model and the staff queue follow the new due time from the event
        milestones.reached(execution, "SUPPLEMENT_RECEIVED", "deadline clock resumed; due " + due,
                (code, at) -> new vn.motcua.engine.lifecycle.SupplementReceived(code, newDue.toInstant(), at));
    }
}
