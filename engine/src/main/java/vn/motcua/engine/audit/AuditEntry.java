package vn.motcua.engine.audit;

import java.time.LocalDateTime;

/** One line of the audit trail, as callers read it. */
public record AuditEntry(LocalDateTime occurredAt, String actor, String action,
                         String subjectType, String subjectId, String details) {
}
