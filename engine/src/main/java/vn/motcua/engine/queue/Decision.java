package vn.motcua.engine.queue;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.util.Set;
import vn.motcua.engine.staff.StaffRole;

/**
 * What a civil servant may decide, per step, with the role it takes and the audit action it
 * writes. The legal terms: tiếp nhận / yêu cầu bổ sung (Mẫu 02) / từ chối (Mẫu 03) at reception;
 * đề xuất kết quả at processing; phê duyệt / trả lại / từ chối at approval; thư xin lỗi (Mẫu 04).
 */
public enum Decision {
    ACCEPT(STEP_RECEPTION, StaffRole.RECEPTION, "RECEPTION_ACCEPTED"),
    REQUEST_SUPPLEMENT(STEP_RECEPTION, StaffRole.RECEPTION, "RECEPTION_SUPPLEMENT"),
    REFUSE_AT_RECEPTION(STEP_RECEPTION, StaffRole.RECEPTION, "RECEPTION_REFUSED"),
    PROPOSE(STEP_PROCESSING, StaffRole.SPECIALIST, "RESULT_PROPOSED"),
    APPROVE(STEP_APPROVAL, StaffRole.LEADER, "APPROVED"),
    RETURN(STEP_APPROVAL, StaffRole.LEADER, "RETURNED_TO_PROCESSING"),
    REFUSE_AT_APPROVAL(STEP_APPROVAL, StaffRole.LEADER, "APPROVAL_REFUSED"),
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
