package vn.motcua.engine.queue;

import static vn.motcua.db.Tables.WORK_ITEM;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.db.tables.records.WorkItemRecord;
import vn.motcua.engine.staff.StaffMember;

/**
 * The staff queues, read from the work-item table only (indexed by unit, state and due time):
 * never Camunda's TaskQuery on this path. A civil servant sees their own unit's items only.
 */
@Service
public class WorkQueue {

    /** Open items by state, and how many of them are overdue or due today: the queue's header (each capped). */
    public record Counts(int open, int claimed, int overdue, int dueToday) {
    }

    /** Open or claimed: one indexed value (is_open = 1), not two states. */
    private static final Condition OPEN_ITEM = WORK_ITEM.IS_OPEN.eq((byte) 1);

    private final DSLContext sql;
    private final Clock clock;

    WorkQueue(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WorkItem> find(StaffMember staff, QueueQuery query) {
        checkUnit(staff, query.unitCode());
        // late row lookup: the page's ids come from the index alone (deep pages skip index entries,
        // not whole rows), then only those rows are read
        List<String> ids = sql.select(WORK_ITEM.TASK_ID).from(WORK_ITEM).where(conditions(staff, query))
                .orderBy(order(query), WORK_ITEM.TASK_ID)
                .offset(Math.max(0, query.offset())).limit(Math.min(Math.max(1, query.limit()), 500))
                .fetch(WORK_ITEM.TASK_ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.selectFrom(WORK_ITEM).where(WORK_ITEM.TASK_ID.in(ids)).orderBy(order(query), WORK_ITEM.TASK_ID)
                .fetch(this::toItem);
    }

    /**
     * How many items the query matches, counted up to {@link #COUNT_CAP}: a province's queue holds a
     * million items, and nobody pages through more than ten thousand; they filter instead.
     */
    @Transactional(readOnly = true)
    public int count(StaffMember staff, QueueQuery query) {
        checkUnit(staff, query.unitCode());
        return capped(conditions(staff, query));
    }

    /** Queues count "10,000 or more" rather than scanning a million index entries at every refresh. */
    public static final int COUNT_CAP = 10_000;

    private int capped(List<Condition> where) {
        return sql.fetchCount(sql.select(WORK_ITEM.TASK_ID).from(WORK_ITEM).where(where).limit(COUNT_CAP));
    }

    private int capped(Condition where) {
        return capped(List.of(where));
    }

    @Transactional(readOnly = true)
    public Counts counts(StaffMember staff) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime endOfDay = LocalDate.now(clock).plusDays(1).atStartOfDay();
        Condition open = WORK_ITEM.UNIT_CODE.eq(staff.unitCode()).and(OPEN_ITEM);
        return new Counts(
                capped(WORK_ITEM.UNIT_CODE.eq(staff.unitCode()).and(WORK_ITEM.STATE.eq("OPEN"))),
                capped(WORK_ITEM.UNIT_CODE.eq(staff.unitCode()).and(WORK_ITEM.STATE.eq("CLAIMED"))),
                capped(open.and(WORK_ITEM.DUE_AT.lt(now))),
                capped(open.and(WORK_ITEM.DUE_AT.between(now, endOfDay))));
    }

    /** One item of the staff member's unit. */
    @Transactional(readOnly = true)
    public Optional<WorkItem> item(StaffMember staff, String taskId) {
        Optional<WorkItem> item = sql.selectFrom(WORK_ITEM).where(WORK_ITEM.TASK_ID.eq(taskId)).fetchOptional(this::toItem);
        item.ifPresent(i -> checkUnit(staff, i.unitCode()));
        return item;
    }

    /** The open item of a dossier in the staff member's unit, if it is at a step there now. */
    @Transactional(readOnly = true)
    public Optional<WorkItem> openItemOfDossier(StaffMember staff, String dossierCode) {
        return sql.selectFrom(WORK_ITEM).where(WORK_ITEM.DOSSIER_CODE.eq(dossierCode),
                        WORK_ITEM.UNIT_CODE.eq(staff.unitCode()), OPEN_ITEM)
                .orderBy(WORK_ITEM.CREATED_AT.desc()).limit(1).fetchOptional(this::toItem);
    }

    /** The unit's leader view: overdue items, most late first. */
    @Transactional(readOnly = true)
    public List<WorkItem> overdue(StaffMember staff, int limit) {
        checkLeader(staff);
        return sql.selectFrom(WORK_ITEM).where(WORK_ITEM.UNIT_CODE.eq(staff.unitCode()),
                        OPEN_ITEM, WORK_ITEM.DUE_AT.lt(LocalDateTime.now(clock)))
                .orderBy(WORK_ITEM.DUE_AT.asc()).limit(limit).fetch(this::toItem);
    }

    /**
     * For administrators: the open items of every unit, so that a unit routing sends dossiers to
     * but where nobody works is seen (the oldest due time says how urgent).
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> openItemsPerUnit(StaffMember staff) {
        if (staff == null || !staff.has(vn.motcua.engine.staff.StaffRole.ADMIN)) {
            throw new QueueAccessDeniedException("Only administrators see every unit's open items");
        }
        Map<String, Integer> open = new java.util.TreeMap<>();
        sql.select(WORK_ITEM.UNIT_CODE, org.jooq.impl.DSL.count()).from(WORK_ITEM).where(OPEN_ITEM)
                .groupBy(WORK_ITEM.UNIT_CODE).forEach(r -> open.put(r.value1(), r.value2()));
        return open;
    }

    /** The unit's leader view: open items per assignee (null: not yet claimed). */
    @Transactional(readOnly = true)
    public Map<String, Integer> workload(StaffMember staff) {
        checkLeader(staff);
        Map<String, Integer> load = new java.util.LinkedHashMap<>();
        sql.select(WORK_ITEM.ASSIGNEE, org.jooq.impl.DSL.count()).from(WORK_ITEM)
                .where(WORK_ITEM.UNIT_CODE.eq(staff.unitCode()), OPEN_ITEM)
                .groupBy(WORK_ITEM.ASSIGNEE).fetch().forEach(r -> load.put(r.value1(), r.value2()));
        return load;
    }

    /** A person's finished work since a time: items done, and of them done by the item's due time. */
    public record Throughput(String assignee, int done, int doneOnTime) {
    }

    /** The unit's leader view: work items each person finished since {@code since}, most first. */
    @Transactional(readOnly = true)
    public List<Throughput> throughput(StaffMember staff, Instant since) {
        checkLeader(staff);
        var onTime = org.jooq.impl.DSL.count().filterWhere(WORK_ITEM.DUE_AT.isNull().or(WORK_ITEM.COMPLETED_AT.le(WORK_ITEM.DUE_AT)));
        var done = org.jooq.impl.DSL.count();
        return sql.select(WORK_ITEM.COMPLETED_BY, done, onTime).from(WORK_ITEM)
                .where(WORK_ITEM.UNIT_CODE.eq(staff.unitCode()), WORK_ITEM.STATE.eq("DONE"), WORK_ITEM.COMPLETED_BY.isNotNull(),
                        WORK_ITEM.COMPLETED_AT.ge(LocalDateTime.ofInstant(since, clock.getZone())))
                .groupBy(WORK_ITEM.COMPLETED_BY).orderBy(done.desc(), WORK_ITEM.COMPLETED_BY)
                .fetch(r -> new Throughput(r.value1(), r.value2(), r.value3()));
    }

    /** The unit's open items at the end of a day: past their due time, and due within the next day. */
    public record DeadlineDay(LocalDate day, int overdue, int dueSoon) {
    }

    /**
     * The unit's leader view: overdue and due-soon items at the end of each of the last {@code days}
     * days (today: now), worked out from when each item was created, finished and due; one scan of
     * the items open at some point of the window.
     */
    @Transactional(readOnly = true)
    public List<DeadlineDay> deadlineTrend(StaffMember staff, int days) {
        checkLeader(staff);
        if (days < 1 || days > 90) {
            throw new IllegalArgumentException("days: 1 to 90");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        List<LocalDate> dates = new ArrayList<>();
        List<org.jooq.Field<?>> counts = new ArrayList<>();
        for (int i = days - 1; i >= 0; i--) {
            LocalDate day = today.minusDays(i);
            LocalDateTime at = i == 0 ? now : day.plusDays(1).atStartOfDay();
            Condition openThen = WORK_ITEM.CREATED_AT.le(at)
                    .and(WORK_ITEM.COMPLETED_AT.isNull().or(WORK_ITEM.COMPLETED_AT.gt(at)));
            dates.add(day);
            counts.add(org.jooq.impl.DSL.count().filterWhere(openThen.and(WORK_ITEM.DUE_AT.lt(at))));
            counts.add(org.jooq.impl.DSL.count().filterWhere(openThen.and(WORK_ITEM.DUE_AT.between(at, at.plusDays(1)))));
        }
        LocalDateTime windowStart = today.minusDays(days - 1).atStartOfDay();
        var r = sql.select(counts).from(WORK_ITEM).where(WORK_ITEM.UNIT_CODE.eq(staff.unitCode()),
                WORK_ITEM.COMPLETED_AT.isNull().or(WORK_ITEM.COMPLETED_AT.ge(windowStart))).fetchOne();
        List<DeadlineDay> trend = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            trend.add(new DeadlineDay(dates.get(i), r.get(2 * i, Integer.class), r.get(2 * i + 1, Integer.class)));
        }
        return trend;
    }

    static void checkLeader(StaffMember staff) {
        if (staff == null || !staff.has(vn.motcua.engine.staff.StaffRole.LEADER)) {
            throw new QueueAccessDeniedException(vn.motcua.engine.Messages.text("queue.leaders-only"));
        }
    }

    static void checkUnit(StaffMember staff, String unitCode) {
        if (staff == null || unitCode == null || !unitCode.equals(staff.unitCode())) {
            throw new QueueAccessDeniedException(vn.motcua.engine.Messages.text("queue.own-unit-only"));
        }
    }

    private List<Condition> conditions(StaffMember staff, QueueQuery q) {
        List<Condition> where = new ArrayList<>();
        where.add(WORK_ITEM.UNIT_CODE.eq(q.unitCode()));
        where.add(q.state() == null ? OPEN_ITEM : WORK_ITEM.STATE.eq(q.state().name()));
        if (q.step() != null) {
            where.add(WORK_ITEM.STEP.eq(q.step()));
        }
        if (q.procedureCode() != null) {
            where.add(WORK_ITEM.PROCEDURE_CODE.eq(q.procedureCode()));
        }
        if (q.mineOnly()) {
            where.add(WORK_ITEM.ASSIGNEE.eq(staff.idNumber()));
        } else if (q.assignee() != null) {
            where.add(WORK_ITEM.ASSIGNEE.eq(q.assignee()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (q.due() == QueueQuery.Due.OVERDUE) {
            where.add(WORK_ITEM.DUE_AT.lt(now));
        } else if (q.due() == QueueQuery.Due.TODAY) {
            where.add(WORK_ITEM.DUE_AT.between(now, LocalDate.now(clock).plusDays(1).atStartOfDay()));
        }
        String text = q.text() == null ? "" : q.text().strip();
        if (text.matches("\\d{12}")) {
            where.add(WORK_ITEM.APPLICANT_ID.eq(text));
        } else if (text.matches("[a-z]+-[A-Za-z0-9-]+")) {
            where.add(WORK_ITEM.DOSSIER_CODE.startsWith(text));
        } else if (!text.isEmpty()) {
            where.add(WORK_ITEM.NAME_KEY.startsWith(WorkItemRecorder.nameKey(text)));
        }
        return where;
    }

    private static SortField<?> order(QueueQuery q) {
        var field = switch (q.sort() == null ? QueueQuery.Sort.DUE : q.sort()) {
            case DUE -> WORK_ITEM.DUE_AT;
            case RECEIVED -> WORK_ITEM.RECEIVED_AT;
            case CODE -> WORK_ITEM.DOSSIER_CODE;
            case APPLICANT -> WORK_ITEM.NAME_KEY;
        };
        return q.descending() ? field.desc() : field.asc();
    }

    private WorkItem toItem(WorkItemRecord r) {
        return new WorkItem(r.getTaskId(), r.getProcessInstanceId(), r.getDossierCode(), r.getProcedureCode(),
                r.getApplicantId(), r.getApplicantName(), r.getTaskKey(), r.getTaskName(), r.getUnitCode(), r.getStep(),
                r.getAssignee(), instant(r.getReceivedAt()), instant(r.getDueAt()), instant(r.getCreatedAt()),
                WorkItem.State.valueOf(r.getState()));
    }

    private java.time.Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(clock.getZone()).toInstant();
    }
}
