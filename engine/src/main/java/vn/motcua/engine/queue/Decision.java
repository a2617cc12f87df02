package vn.motcua.engine.queue;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.util.Set;
import vn.motcua.engine.staff.StaffRole;

/**
 * What a civil servant may decide, per step, with the role it takes and the audit action it
 * writes. The legal terms: tiếp nhận / yêu cầu bổ sung (Mẫu 02) / từ chối (Mẫu 03) at reception;
 * đề xuất kết quả / lấy ý kiến phối hợp / trả về bộ phận tiếp nhận at processing; phê duyệt / trả
 * lại xử lý / trả về bộ phận tiếp nhận / từ chối at approval; chuyển xử lý after reception corrected
 * a dossier sent back; cho ý kiến phối hợp at a coordinating agency; thư xin lỗi (Mẫu 04).
 */
public enum Decision {
    ACCEPT(STEP_RECEPTION, StaffRole.RECEPTION, "RECEPTION_ACCEPTED"),
    REQUEST_SUPPLEMENT(STEP_RECEPTION, StaffRole.RECEPTION, "RECEPTION_SUPPLEMENT"),
    REFUSE_AT_RECEPTION(STEP_RECEPTION, StaffRole.RECEPTION, "RECEPTION_REFUSED"),
    PROPOSE(STEP_PROCESSING, StaffRole.SPECIALIST, "RESULT_PROPOSED"),
    /** Through {@link TaskDecisions#requestConsultation}: it names the agencies and their due date. */
    REQUEST_CONSULTATION(STEP_PROCESSING, StaffRole.SPECIALIST, "CONSULTATION_REQUESTED"),
    SEND_BACK_FROM_PROCESSING(STEP_PROCESSING, StaffRole.SPECIALIST, "SENT_BACK_TO_RECEPTION"),
    APPROVE(STEP_APPROVAL, StaffRole.LEADER, "APPROVED"),
    RETURN(STEP_APPROVAL, StaffRole.LEADER, "RETURNED_TO_PROCESSING"),
    SEND_BACK_FROM_APPROVAL(STEP_APPROVAL, StaffRole.LEADER, "SENT_BACK_TO_RECEPTION"),
    REFUSE_AT_APPROVAL(STEP_APPROVAL, StaffRole.LEADER, "APPROVAL_REFUSED"),
    FORWARD_AFTER_REWORK(STEP_REWORK, StaffRole.RECEPTION, "REWORK_FORWARDED"),
    ANSWER_CONSULTATION(STEP_CONSULTATION, StaffRole.CONSULTATION, "CONSULTATION_ANSWERED"),
    APOLOGISE(STEP_LEADER, StaffRole.LEADER, "APOLOGY_SIGNED");

    private final String step;
    private final StaffRole role;
    private final String auditAction;

    Decision(String step, StaffRole role, String auditAction) {
        this.step = step;
        this.role = role;
        this.auditAction = auditAction;
    }

    public String step() {
        return step;
    }

    public StaffRole role() {
        return role;
    }

    public String auditAction() {
        return auditAction;
    }

    /** Decisions that must say why (the reason is recorded and, where the law says so, shown to the citizen). */
    public boolean needsReason() {
        return switch (this) {
            case REQUEST_SUPPLEMENT, REFUSE_AT_RECEPTION, REFUSE_AT_APPROVAL, APOLOGISE, REQUEST_CONSULTATION,
                    SEND_BACK_FROM_PROCESSING, SEND_BACK_FROM_APPROVAL, ANSWER_CONSULTATION -> true;
            default -> false;
        };
    }

    /** The decisions open at a step. */
    public static Set<Decision> at(String step) {
        var open = java.util.EnumSet.noneOf(Decision.class);
        for (Decision d : values()) {
            if (d.step.equals(step)) {
                open.add(d);
            }
        }
        return open;
    }
}
