package vn.motcua.engine.dossier;

import java.time.Instant;
import java.util.List;
import vn.motcua.engine.audit.AuditEntry;

/**
 * Where a dossier stands: its state, the steps it is at now, the due time it runs under, and its
 * timeline (the dossier's and its process's audit events, oldest first).
 */
public record DossierProgress(State state, List<String> currentSteps, Instant dueAt, List<AuditEntry> timeline,
                              boolean awaitingPayment, boolean awaitingSupplement) {

    public enum State {
        IN_PROGRESS,   // Đang giải quyết
        WAITING_FOR_CITIZEN, // Chờ bổ sung / chờ nộp phí
        COMPLETED,     // Đã trả kết quả
        REFUSED,       // Từ chối
        WITHDRAWN      // Rút hồ sơ
    }
}
