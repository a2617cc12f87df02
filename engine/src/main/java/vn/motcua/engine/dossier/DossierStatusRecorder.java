package vn.motcua.engine.dossier;

import static vn.motcua.db.Tables.DOSSIER_OPEN_STEP;
import static vn.motcua.db.Tables.DOSSIER_STATUS;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.engine.lifecycle.ApologySent;
import vn.motcua.engine.lifecycle.DossierRegistered;
import vn.motcua.engine.lifecycle.DossierStatus;
import vn.motcua.engine.lifecycle.DossierStatusChanged;
import vn.motcua.engine.lifecycle.SupplementReceived;

/**
 * Keeps the dossier status read model ({@code dossier_status}, {@code dossier_open_step}) in step
 * with the process. {@link DossierStatusParseListener} puts it on every wait state of every model;
 * it runs in the engine's transaction, so the status and the process commit together. The status
 * follows from the steps that are open (waiting for the citizen's payment or supplement, waiting
 * for coordinating agencies, back at reception) and, at the end, from the outcome the model set.
 */
@Component
class DossierStatusRecorder implements ExecutionListener {

    /** Steps whose being open puts the dossier in a status other than "in progress". */
    private static final List<String> WAITING_FOR_CITIZEN = List.of(PAYMENT_CONFIRMED, AWAIT_SUPPLEMENT);

    private final DSLContext sql;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DossierStatusRecorder(DSLContext sql, Clock clock, ApplicationEventPublisher events) {
        this.sql = sql;
        this.clock = clock;
        this.events = events;
    }

    /** A new dossier, before its process starts: the steps the start reaches find its row. */
    void created(String dossierCode, Instant at) {
        sql.insertInto(DOSSIER_STATUS).set(DOSSIER_STATUS.DOSSIER_CODE, dossierCode)
                .set(DOSSIER_STATUS.STATUS, DossierStatus.IN_PROGRESS.name())
                .set(DOSSIER_STATUS.UPDATED_AT, LocalDateTime.ofInstant(at, clock.getZone())).execute();
        events.publishEvent(new DossierStatusChanged(dossierCode, null, DossierStatus.IN_PROGRESS, at));
    }

    @Override
    public void notify(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        if (code == null) {
            return; // a process started without a dossier (tests of the bare models): nothing to follow
        }
        String event = execution.getEventName();
        String activityId = execution.getCurrentActivityId();
        if (EVENTNAME_END.equals(event)) {
            closed(code, activityId);
        } else {
            opened(code, activityId, execution.getCurrentActivityName());
        }
        recompute(code);
    }

    /** Take listeners of flows into an async step open that step: it waits for its job. */
    void openedByFlow(DelegateExecution execution, String activityId, String name) {
        String code = execution.getProcessBusinessKey();
        if (code != null) {
            opened(code, activityId, name);
            recompute(code);
        }
    }

    /** The process ended: the outcome the model recorded decides how. */
    void processEnded(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        if (code != null) {
            finished(code, execution.getVariable(VAR_OUTCOME));
        }
    }

    private void opened(String code, String activityId, String name) {
        LocalDateTime now = LocalDateTime.now(clock);
        // only for dossiers this table follows: the status row is created with the dossier
        sql.insertInto(DOSSIER_OPEN_STEP, DOSSIER_OPEN_STEP.DOSSIER_CODE, DOSSIER_OPEN_STEP.ACTIVITY_ID,
                        DOSSIER_OPEN_STEP.NAME, DOSSIER_OPEN_STEP.OPEN_COUNT, DOSSIER_OPEN_STEP.STARTED_AT)
                .select(sql.select(DOSSIER_STATUS.DOSSIER_CODE, org.jooq.impl.DSL.val(activityId),
                                org.jooq.impl.DSL.val(name == null ? activityId : truncated(name)),
                                org.jooq.impl.DSL.val(1), org.jooq.impl.DSL.val(now))
                        .from(DOSSIER_STATUS).where(DOSSIER_STATUS.DOSSIER_CODE.eq(code)))
                .onDuplicateKeyUpdate().set(DOSSIER_OPEN_STEP.OPEN_COUNT, DOSSIER_OPEN_STEP.OPEN_COUNT.plus(1))
                .execute();
    }

    private void closed(String code, String activityId) {
        var step = DOSSIER_OPEN_STEP.DOSSIER_CODE.eq(code).and(DOSSIER_OPEN_STEP.ACTIVITY_ID.eq(activityId));
        sql.update(DOSSIER_OPEN_STEP).set(DOSSIER_OPEN_STEP.OPEN_COUNT, DOSSIER_OPEN_STEP.OPEN_COUNT.minus(1))
                .where(step).execute();
        sql.deleteFrom(DOSSIER_OPEN_STEP).where(step, DOSSIER_OPEN_STEP.OPEN_COUNT.le(0)).execute();
    }

    private void recompute(String code) {
        List<String> open = sql.select(DOSSIER_OPEN_STEP.ACTIVITY_ID).from(DOSSIER_OPEN_STEP)
                .where(DOSSIER_OPEN_STEP.DOSSIER_CODE.eq(code)).fetch(DOSSIER_OPEN_STEP.ACTIVITY_ID);
        DossierStatus status = open.stream().anyMatch(WAITING_FOR_CITIZEN::contains) ? DossierStatus.WAITING_FOR_CITIZEN
                : open.contains(RECEPTION_REWORK) ? DossierStatus.RETURNED_TO_RECEPTION
                : open.contains(CONSULTATION) ? DossierStatus.IN_CONSULTATION
                : DossierStatus.IN_PROGRESS;
        changeTo(code, status);
    }

    private void finished(String code, Object outcome) {
        sql.deleteFrom(DOSSIER_OPEN_STEP).where(DOSSIER_OPEN_STEP.DOSSIER_CODE.eq(code)).execute();
        changeTo(code, REFUSED.equals(outcome) ? DossierStatus.REFUSED
                : WITHDRAWN.equals(outcome) ? DossierStatus.WITHDRAWN : DossierStatus.COMPLETED);
    }

    private void changeTo(String code, DossierStatus status) {
        // the row lock orders concurrent steps of one dossier (parallel consultations)
        String before = sql.select(DOSSIER_STATUS.STATUS).from(DOSSIER_STATUS)
                .where(DOSSIER_STATUS.DOSSIER_CODE.eq(code)).forUpdate().fetchOne(DOSSIER_STATUS.STATUS);
        if (before == null || before.equals(status.name())) {
            return;
        }
        Instant now = Instant.now(clock);
        sql.update(DOSSIER_STATUS).set(DOSSIER_STATUS.STATUS, status.name())
                .set(DOSSIER_STATUS.UPDATED_AT, LocalDateTime.ofInstant(now, clock.getZone()))
                .where(DOSSIER_STATUS.DOSSIER_CODE.eq(code)).execute();
        events.publishEvent(new DossierStatusChanged(code, DossierStatus.valueOf(before), status, now));
    }

    @EventListener
    void on(DossierRegistered registered) {
        due(registered.dossierCode(), registered.dueAt());
    }

    @EventListener
    void on(SupplementReceived received) {
        due(received.dossierCode(), received.newDueAt());
    }

    @EventListener
    void on(vn.motcua.engine.lifecycle.DossierRefused refused) {
        String reason = refused.reason() == null ? null
                : refused.reason().length() <= 2000 ? refused.reason() : refused.reason().substring(0, 1999) + "…";
        sql.update(DOSSIER_STATUS).set(DOSSIER_STATUS.REFUSAL_REASON, reason)
                .where(DOSSIER_STATUS.DOSSIER_CODE.eq(refused.dossierCode())).execute();
    }

    @EventListener
    void on(ApologySent apology) {
        due(apology.dossierCode(), apology.newAppointment());
    }

    private void due(String code, Instant due) {
        sql.update(DOSSIER_STATUS)
                .set(DOSSIER_STATUS.DUE_AT, due == null ? null : LocalDateTime.ofInstant(due, clock.getZone()))
                .where(DOSSIER_STATUS.DOSSIER_CODE.eq(code)).execute();
    }

    private static String truncated(String name) {
        return name.length() <= 255 ? name : name.substring(0, 254) + "…";
    }
}
