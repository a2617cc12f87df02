package vn.motcua.engine.queue;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.staff.StaffRole;

/**
 * Claims and decisions on work items. Every call checks the unit (the item is the staff member's
 * unit's), the role (the step's role), the state (the item is open, the decision belongs to its
 * step, a supplement only once), and writes the decision to the audit trail with its author.
 */
@Service
public class TaskDecisions {

    private final WorkQueue queue;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final StaffDirectory staffDirectory;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    TaskDecisions(WorkQueue queue, TaskService tasks, RuntimeService runtime, StaffDirectory staffDirectory,
                  AuditTrail audit, java.time.Clock clock) {
        this.queue = queue;
        this.tasks = tasks;
        this.runtime = runtime;
        this.staffDirectory = staffDirectory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void claim(StaffMember staff, String taskId) {
        WorkItem item = open(staff, taskId);
        requireRoleFor(staff, item.step());
        if (item.assignee() != null && !item.assignee().equals(staff.idNumber())) {
            throw refused("task", "Hồ sơ đang do người khác xử lý / already claimed by someone else");
        }
        tasks.setAssignee(taskId, staff.idNumber());
        audit.record(staff.idNumber(), "TASK_CLAIMED", "DOSSIER", item.dossierCode(), item.taskKey());
    }

    @Transactional
    public void unclaim(StaffMember staff, String taskId) {
        WorkItem item = open(staff, taskId);
        if (!staff.idNumber().equals(item.assignee()) && !staff.has(StaffRole.LEADER)) {
            throw refused("task", "Chỉ người đang xử lý hoặc lãnh đạo trả lại được / only the assignee or a leader");
        }
        tasks.setAssignee(taskId, null);
        audit.record(staff.idNumber(), "TASK_UNCLAIMED", "DOSSIER", item.dossierCode(), item.taskKey());
    }

    /** A leader (or the assignee) hands the item to a colleague of the same unit who has the step's role. */
    @Transactional
    public void reassign(StaffMember staff, String taskId, String toIdNumber) {
        WorkItem item = open(staff, taskId);
        if (!staff.has(StaffRole.LEADER) && !staff.idNumber().equals(item.assignee())) {
            throw refused("task", "Chỉ lãnh đạo hoặc người đang xử lý chuyển được / only a leader or the assignee");
        }
        StaffMember colleague = staffDirectory.find(toIdNumber).filter(c -> c.unitCode().equals(staff.unitCode()))
                .orElseThrow(() -> refused("assignee", "Người nhận phải thuộc cùng đơn vị / must be of the same unit"));
        requireRoleFor(colleague, item.step());
        tasks.setAssignee(taskId, colleague.idNumber());
        audit.record(staff.idNumber(), "TASK_REASSIGNED", "DOSSIER", item.dossierCode(), item.taskKey() + " to " + toIdNumber);
    }

    /**
     * Decides the item's step. {@code reason}: the refusal reason, the supplement request (what is
     * missing and why) or the apology's reason; {@code newAppointment}: the apology's new date.
     */
    @Transactional
    public void decide(StaffMember staff, String taskId, Decision decision, String reason, LocalDate newAppointment) {
        WorkItem item = open(staff, taskId);
        if (!decision.step().equals(item.step())) {
            throw refused("decision", "Quyết định này không thuộc bước hiện tại của hồ sơ / not a decision of this step");
        }
        if (!staff.has(decision.role())) {
            throw new QueueAccessDeniedException("Cần vai trò " + decision.role() + " / needs the role " + decision.role());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        boolean needsReason = decision == Decision.REQUEST_SUPPLEMENT || decision == Decision.REFUSE_AT_RECEPTION
                || decision == Decision.REFUSE_AT_APPROVAL || decision == Decision.APOLOGISE;
        if (needsReason && (reason == null || reason.isBlank())) {
            errors.put("reason", decision == Decision.REQUEST_SUPPLEMENT
                    ? "Ghi rõ giấy tờ cần bổ sung / say what to supplement" : "Ghi rõ lý do / give the reason");
        } else if (reason != null && reason.length() > 2000) {
            errors.put("reason", "Tối đa 2000 ký tự / at most 2000 characters");
        }
        if (decision == Decision.REQUEST_SUPPLEMENT && supplementsSoFar(item) > 0) {
            errors.put("decision", "Chỉ được yêu cầu bổ sung một lần (Mẫu 02) / a supplement may be requested once");
        }
        if (decision == Decision.APOLOGISE && (newAppointment == null || !newAppointment.isAfter(LocalDate.now(clock)))) {
            errors.put("newAppointment", "Ngày hẹn mới phải sau hôm nay / the new date must be after today");
        }
        if (!errors.isEmpty()) {
            throw new DecisionRefusedException(errors);
        }
        Map<String, Object> variables = new HashMap<>();
        switch (decision) {
            case ACCEPT -> variables.put(VAR_RECEPTION_DECISION, ACCEPT);
            case REQUEST_SUPPLEMENT -> {
                variables.put(VAR_RECEPTION_DECISION, SUPPLEMENT);
                variables.put(VAR_SUPPLEMENT_MESSAGE, reason.strip());
            }
            case REFUSE_AT_RECEPTION -> {
                variables.put(VAR_RECEPTION_DECISION, REFUSE);
                variables.put(VAR_REFUSAL_REASON, reason.strip());
            }
            case PROPOSE -> { }
            case APPROVE -> variables.put(VAR_APPROVAL_DECISION, APPROVE);
            case RETURN -> variables.put(VAR_APPROVAL_DECISION, RETURN);
            case REFUSE_AT_APPROVAL -> {
                variables.put(VAR_APPROVAL_DECISION, REFUSE);
                variables.put(VAR_REFUSAL_REASON, reason.strip());
            }
            case APOLOGISE -> {
                variables.put(VAR_APOLOGY_REASON, reason.strip());
                variables.put(VAR_NEW_APPOINTMENT, Date.from(newAppointment.atTime(17, 0).atZone(clock.getZone()).toInstant()));
            }
        }
        if (item.assignee() == null) {
            tasks.setAssignee(taskId, staff.idNumber());
        } else if (!item.assignee().equals(staff.idNumber())) {
            throw refused("task", "Hồ sơ đang do người khác xử lý / claimed by someone else");
        }
        audit.record(staff.idNumber(), decision.auditAction(), "DOSSIER", item.dossierCode(),
                reason == null || reason.isBlank() ? item.taskKey() : item.taskKey() + ": " + reason.strip());
        tasks.complete(taskId, variables);
    }

    private int supplementsSoFar(WorkItem item) {
        Object count = runtime.getVariable(item.processInstanceId(), VAR_SUPPLEMENT_COUNT);
        return count instanceof Number n ? n.intValue() : 0;
    }

    /** The item, of the staff member's unit, still open; otherwise refused. */
    private WorkItem open(StaffMember staff, String taskId) {
        WorkItem item = queue.item(staff, taskId)
                .orElseThrow(() -> refused("task", "Không có công việc này / no such task"));
        if (item.state() != WorkItem.State.OPEN && item.state() != WorkItem.State.CLAIMED) {
            throw refused("task", "Công việc đã được xử lý / the task is already done");
        }
        return item;
    }

    private static void requireRoleFor(StaffMember staff, String step) {
        boolean allowed = Decision.at(step == null ? "" : step).stream().anyMatch(d -> staff.has(d.role()));
        if (!allowed) {
            throw new QueueAccessDeniedException("Vai trò của bạn không xử lý bước này / your role does not work this step");
        }
    }

    private static DecisionRefusedException refused(String field, String message) {
        return new DecisionRefusedException(Map.of(field, message));
    }
}
