package vn.motcua.engine.queue;

import java.time.Instant;

/** One line of a staff queue: a dossier at one step of its process, in one unit. */
public record WorkItem(String taskId, String processInstanceId, String dossierCode, String procedureCode,
                       String applicantId, String applicantName, String taskKey, String taskName, String unitCode,
                       String step, String assignee, Instant receivedAt, Instant dueAt, Instant createdAt, State state) {

    public enum State {
        OPEN,      // chờ nhận xử lý
        CLAIMED,   // đang xử lý
        DONE,      // đã xử lý
        CANCELLED  // không còn (hồ sơ kết thúc theo nhánh khác)
    }

    /** Late: open and past its due time. */
    public boolean overdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now) && (state == State.OPEN || state == State.CLAIMED);
    }
}
