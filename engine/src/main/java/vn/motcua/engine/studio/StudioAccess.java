package vn.motcua.engine.studio;

import vn.motcua.engine.Messages;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.staff.StaffRole;

/** Who may do what in the studio; every studio service checks through here. */
final class StudioAccess {

    private StudioAccess() {
    }

    /** Policy staff, leaders and administrators see models, versions and figures. */
    static void requireViewer(StaffMember staff) {
        if (staff == null || !(staff.has(StaffRole.POLICY) || staff.has(StaffRole.LEADER) || staff.has(StaffRole.ADMIN))) {
            throw new StudioAccessDeniedException(Messages.text("studio.denied.view"));
        }
    }

    /** Only policy staff edit, test-run, submit and migrate. */
    static void requireEditor(StaffMember staff) {
        if (staff == null || !staff.has(StaffRole.POLICY)) {
            throw new StudioAccessDeniedException(Messages.text("studio.denied.edit"));
        }
    }

    /** A leader or administrator approves, never the draft's author (four eyes). */
    static void requireReviewer(StaffMember staff, String authorId) {
        if (staff == null || !(staff.has(StaffRole.LEADER) || staff.has(StaffRole.ADMIN))) {
            throw new StudioAccessDeniedException(Messages.text("studio.denied.review"));
        }
        if (staff.idNumber().equals(authorId)) {
            throw new StudioAccessDeniedException(Messages.text("studio.denied.ownDraft"));
        }
    }
}
