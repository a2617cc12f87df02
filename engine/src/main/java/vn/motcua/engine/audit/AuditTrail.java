package vn.motcua.engine.audit;

import static vn.motcua.db.Tables.AUDIT_EVENT;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only record of who did what. Joins the caller's transaction, so an event is stored if and
 * only if the change it describes is.
 */
@Service
public class AuditTrail {

    private final DSLContext sql;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    AuditTrail(DSLContext sql, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.sql = sql;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subjectType, String subjectId, String details) {
        sql.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, LocalDateTime.now(clock))
                .set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.SUBJECT_TYPE, subjectType)
                .set(AUDIT_EVENT.SUBJECT_ID, subjectId)
                .set(AUDIT_EVENT.DETAILS, details)
                .execute();
        // listeners (citizen notifications) run in this transaction: they are kept iff the event is
        events.publishEvent(new AuditEntry(LocalDateTime.now(clock), actor, action, subjectType, subjectId, details));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> eventsFor(String subjectType, String subjectId) {
        return sql.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.SUBJECT_TYPE.eq(subjectType).and(AUDIT_EVENT.SUBJECT_ID.eq(subjectId)))
                .orderBy(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ID)
                .fetch(r -> new AuditEntry(r.getOccurredAt(), r.getActor(), r.getAction(),
                        r.getSubjectType(), r.getSubjectId(), r.getDetails()));
    }
}
