package vn.motcua.engine.queue;

import vn.motcua.engine.Messages;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.motcua.engine.lifecycle.ConsultationAnswered;
import vn.motcua.engine.lifecycle.ConsultationRequested;
import vn.motcua.engine.lifecycle.ReceptionAccepted;
import vn.motcua.engine.lifecycle.SentBackToReception;
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
    private final Consultations consultations;
    private final ApplicationEventPublisher events;

    TaskDecisions(WorkQueue queue, TaskService tasks, RuntimeService runtime, StaffDirectory staffDirectory,
                  AuditTrail audit, java.time.Clock clock, Consultations consultations, ApplicationEventPublisher events) {
        this.consultations = consultations;
        this.events = events;
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
            throw refused("task", Messages.text("task.claimed-by-other"));
        }
        tasks.setAssignee(taskId, staff.idNumber());
        audit.record(staff.idNumber(), "TASK_CLAIMED", "DOSSIER", item.dossierCode(), item.taskKey());
    }

    @Transactional
    public void unclaim(StaffMember staff, String taskId) {
        WorkItem item = open(staff, taskId);
        if (!staff.idNumber().equals(item.assignee()) && !staff.has(StaffRole.LEADER)) {
            throw refused("task", Messages.text("task.unclaim-who"));
        }
        tasks.setAssignee(taskId, null);
        audit.record(staff.idNumber(), "TASK_UNCLAIMED", "DOSSIER", item.dossierCode(), item.taskKey());
    }

    /** A leader (or the assignee) hands the item to a colleague of the same unit who has the step's role. */
    @Transactional
    public void reassign(StaffMember staff, String taskId, String toIdNumber) {
        WorkItem item = open(staff, taskId);
        if (!staff.has(StaffRole.LEADER) && !staff.idNumber().equals(item.assignee())) {
            throw refused("task", Messages.text("task.reassign-who"));
        }
        StaffMember colleague = staffDirectory.find(toIdNumber).filter(c -> c.unitCode().equals(staff.unitCode()))
                .orElseThrow(() -> refused("assignee", Messages.text("task.same-unit")));
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
            throw refused("decision", Messages.text("decision.not-this-step"));
        }
        if (!staff.has(decision.role())) {
            throw new QueueAccessDeniedException(Messages.text("role.needed", decision.role().name()));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (decision == Decision.REQUEST_CONSULTATION) {
            throw refused("agencies", Messages.text("consultation.choose"));
        }
        if (decision.needsReason() && (reason == null || reason.isBlank())) {
            errors.put("reason", decision == Decision.REQUEST_SUPPLEMENT
                    ? Messages.text("decision.say-what-to-supplement") : Messages.text("decision.give-reason"));
        } else if (reason != null && reason.length() > 2000) {
            errors.put("reason", Messages.text("text.at-most", "2000"));
        }
        if (decision == Decision.REQUEST_SUPPLEMENT && supplementsSoFar(item) > 0) {
            errors.put("decision", Messages.text("decision.supplement-once"));
        }
        if (decision == Decision.APOLOGISE && (newAppointment == null || !newAppointment.isAfter(LocalDate.now(clock)))) {
            errors.put("newAppointment", Messages.text("decision.new-date-after-today"));
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
            case PROPOSE -> {
                variables.put(VAR_PROCESSING_DECISION, PROPOSE);
                if (reason != null && !reason.isBlank()) {
                    variables.put(VAR_PROPOSED_RESULT, reason.strip());
                }
            }
            case SEND_BACK_FROM_PROCESSING -> variables.put(VAR_PROCESSING_DECISION, SEND_BACK);
            case SEND_BACK_FROM_APPROVAL -> variables.put(VAR_APPROVAL_DECISION, SEND_BACK);
            case FORWARD_AFTER_REWORK, REQUEST_CONSULTATION -> { }
            case ANSWER_CONSULTATION -> {
                if (!consultations.answer(item.dossierCode(), item.unitCode(), reason.strip(), staff.idNumber())) {
                    throw refused("task", Messages.text("consultation.already-answered"));
                }
            }
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
            throw refused("task", Messages.text("task.claimed-by-other"));
        }
        audit.record(staff.idNumber(), decision.auditAction(), "DOSSIER", item.dossierCode(),
                reason == null || reason.isBlank() ? item.taskKey() : item.taskKey() + ": " + reason.strip());
        tasks.complete(taskId, variables);
        Instant now = Instant.now(clock);
        switch (decision) {
            case ACCEPT -> events.publishEvent(new ReceptionAccepted(item.dossierCode(), staff.idNumber(), now));
            case SEND_BACK_FROM_PROCESSING, SEND_BACK_FROM_APPROVAL -> events.publishEvent(
                    new SentBackToReception(item.dossierCode(), item.step(), reason.strip(), staff.idNumber(), now));
            case ANSWER_CONSULTATION -> events.publishEvent(
                    new ConsultationAnswered(item.dossierCode(), item.unitCode(), staff.idNumber(), now));
            default -> { }
        }
    }

    /** The agencies a specialist may ask for an opinion: units with consultation staff, other than their own. */
    @Transactional(readOnly = true)
    public List<StaffDirectory.Unit> consultableAgencies(StaffMember staff) {
        return staffDirectory.unitsWithRole(StaffRole.CONSULTATION).stream()
                .filter(u -> !u.code().equals(staff.unitCode())).toList();
    }

    /**
     * Processing asks coordinating agencies for their opinion (lấy ý kiến cơ quan phối hợp): each
     * gets a task in its own queue, due by {@code answerBy}, which must fall inside the dossier's
     * own time; that time keeps running. The processing task comes back once all have answered.
     */
    @Transactional
    public void requestConsultation(StaffMember staff, String taskId, List<String> agencyUnits, String question,
                                    LocalDate answerBy) {
        WorkItem item = open(staff, taskId);
        if (!Decision.REQUEST_CONSULTATION.step().equals(item.step())) {
            throw refused("decision", Messages.text("decision.not-this-step"));
        }
        if (!staff.has(Decision.REQUEST_CONSULTATION.role())) {
            throw new QueueAccessDeniedException(Messages.text("role.needed", Decision.REQUEST_CONSULTATION.role().name()));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> known = consultableAgencies(staff).stream().map(StaffDirectory.Unit::code).toList();
        List<String> agencies = agencyUnits == null ? List.of() : agencyUnits.stream().distinct().toList();
        if (agencies.isEmpty()) {
            errors.put("agencies", Messages.text("consultation.at-least-one"));
        } else if (!known.containsAll(agencies)) {
            errors.put("agencies", Messages.text("consultation.unknown-agency"));
        }
        if (question == null || question.isBlank()) {
            errors.put("reason", Messages.text("consultation.question-required"));
        } else if (question.length() > 2000) {
            errors.put("reason", Messages.text("text.at-most", "2000"));
        }
        Instant dossierDue = dossierDue(item);
        Instant answerDue = answerBy == null ? null : answerBy.atTime(17, 0).atZone(clock.getZone()).toInstant();
        if (answerBy == null || !answerBy.isAfter(LocalDate.now(clock))) {
            errors.put("answerBy", Messages.text("consultation.due-after-today"));
        } else if (dossierDue != null && answerDue.isAfter(dossierDue)) {
            errors.put("answerBy", Messages.text("consultation.due-inside-dossier-time"));
        }
        if (!errors.isEmpty()) {
            throw new DecisionRefusedException(errors);
        }
        if (item.assignee() == null) {
            tasks.setAssignee(taskId, staff.idNumber());
        } else if (!item.assignee().equals(staff.idNumber())) {
            throw refused("task", Messages.text("task.claimed-by-other"));
        }
        consultations.ask(item.dossierCode(), agencies, question.strip(), answerDue, staff.idNumber());
        audit.record(staff.idNumber(), Decision.REQUEST_CONSULTATION.auditAction(), "DOSSIER", item.dossierCode(),
                String.join(", ", agencies) + ": " + question.strip());
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_PROCESSING_DECISION, CONSULT);
        variables.put(VAR_CONSULTED_AGENCIES, new java.util.ArrayList<>(agencies));
        variables.put(VAR_CONSULTATION_DUE_AT, Date.from(answerDue));
        tasks.complete(taskId, variables);
        events.publishEvent(new ConsultationRequested(item.dossierCode(), agencies, question.strip(), answerDue,
                staff.idNumber(), Instant.now(clock)));
    }

    private Instant dossierDue(WorkItem item) {
        Object appointment = runtime.getVariable(item.processInstanceId(), VAR_APPOINTMENT_AT);
        Object due = appointment != null ? appointment : runtime.getVariable(item.processInstanceId(), VAR_DUE_AT);
        return due instanceof Date d ? d.toInstant() : null;
    }

    private int supplementsSoFar(WorkItem item) {
        Object count = runtime.getVariable(item.processInstanceId(), VAR_SUPPLEMENT_COUNT);
        return count instanceof Number n ? n.intValue() : 0;
    }

    /** The item, of the staff member's unit, still open; otherwise refused. */
    private WorkItem open(StaffMember staff, String taskId) {
        WorkItem item = queue.item(staff, taskId)
                .orElseThrow(() -> refused("task", Messages.text("task.unknown")));
        if (item.state() != WorkItem.State.OPEN && item.state() != WorkItem.State.CLAIMED) {
            throw refused("task", Messages.text("task.done"));
        }
        return item;
    }

    private static void requireRoleFor(StaffMember staff, String step) {
        boolean allowed = Decision.at(step == null ? "" : step).stream().anyMatch(d -> staff.has(d.role()));
        if (!allowed) {
            throw new QueueAccessDeniedException(Messages.text("role.not-this-step"));
        }
    }

    private static DecisionRefusedException refused(String field, String message) {
        return new DecisionRefusedException(Map.of(field, message));
    }
}
