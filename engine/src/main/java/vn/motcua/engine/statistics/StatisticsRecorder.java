package vn.motcua.engine.statistics;

import static vn.motcua.db.Tables.STAT_DAILY;
import static vn.motcua.db.Tables.STAT_DOSSIER;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.db.tables.records.StatDossierRecord;
import vn.motcua.engine.lifecycle.DossierRated;
import vn.motcua.engine.lifecycle.DossierRegistered;
import vn.motcua.engine.lifecycle.DossierStatus;
import vn.motcua.engine.lifecycle.DossierStatusChanged;
import vn.motcua.engine.lifecycle.DossierSubmitted;
import vn.motcua.engine.lifecycle.FeePaid;
import vn.motcua.engine.lifecycle.SupplementReceived;
import vn.motcua.engine.lifecycle.SupplementRequested;

/**
 * Keeps the daily counters from the lifecycle's events, in the transaction of each change: a
 * dossier filed, processed or rated is in the figures as soon as it commits, and a page view
 * reads a few aggregate rows instead of the dossiers. Due times follow supplements (the clock
 * stopped legally) but not apology letters: a dossier given a new appointment was still late.
 */
@Component
class StatisticsRecorder {

    private final DSLContext sql;
    private final Clock clock;
    private final FeeBearingProcedures feeBearing;

    StatisticsRecorder(DSLContext sql, Clock clock, FeeBearingProcedures feeBearing) {
        this.sql = sql;
        this.clock = clock;
        this.feeBearing = feeBearing;
    }

    @EventListener
    void on(DossierSubmitted submitted) {
        LocalDateTime at = local(submitted.occurredAt());
        String province = submitted.provinceCode() == null ? "" : submitted.provinceCode();
        sql.insertInto(STAT_DOSSIER).set(STAT_DOSSIER.DOSSIER_CODE, submitted.dossierCode())
                .set(STAT_DOSSIER.DAY, at.toLocalDate()).set(STAT_DOSSIER.PROVINCE_CODE, province)
                .set(STAT_DOSSIER.UNIT_CODE, submitted.unitCode()).set(STAT_DOSSIER.PROCEDURE_CODE, submitted.procedureCode())
                .set(STAT_DOSSIER.CHANNEL, submitted.channel()).set(STAT_DOSSIER.SUBMITTED_AT, at).execute();
        count(at.toLocalDate(), province, submitted.unitCode(), submitted.procedureCode(), submitted.channel(),
                STAT_DAILY.RECEIVED, 1);
        if ("ONLINE".equals(submitted.channel()) && feeBearing.contains(submitted.procedureCode())) {
            count(at.toLocalDate(), province, submitted.unitCode(), submitted.procedureCode(), submitted.channel(),
                    STAT_DAILY.FEE_BEARING_ONLINE, 1);
        }
        if (submitted.feePaidOnline()) {
            count(at.toLocalDate(), province, submitted.unitCode(), submitted.procedureCode(), submitted.channel(),
                    STAT_DAILY.PAID_ONLINE, 1);
        }
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
    void on(SupplementRequested requested) {
        StatDossierRecord d = dossier(requested.dossierCode());
        if (d != null && d.getSupplementRequested() == 0) {
            d.setSupplementRequested((byte) 1);
            d.store();
            count(d, d.getDay(), STAT_DAILY.SUPPLEMENT_REQUESTED, 1);
        }
    }

    @EventListener
    void on(FeePaid paid) {
        StatDossierRecord d = dossier(paid.dossierCode());
        if (d != null) {
            count(d, d.getDay(), STAT_DAILY.PAID_ONLINE, 1);
        }
    }

    @EventListener
    void on(DossierStatusChanged changed) {
        if (changed.to() == null || !changed.to().finished()) {
            return;
        }
        StatDossierRecord d = dossier(changed.dossierCode());
        if (d == null || d.getFinishedAt() != null) {
            return; // filed before the statistics existed, or counted already
        }
        LocalDateTime at = local(changed.occurredAt());
        d.setFinishedAt(at);
        d.store();
        LocalDate day = at.toLocalDate();
        if (changed.to() == DossierStatus.REFUSED) {
            count(d, day, STAT_DAILY.REFUSED, 1);
        } else if (changed.to() == DossierStatus.WITHDRAWN) {
            count(d, day, STAT_DAILY.WITHDRAWN, 1);
        } else {
            boolean onTime = d.getDueAt() == null || !at.isAfter(d.getDueAt());
            count(d, day, onTime ? STAT_DAILY.FINISHED_ON_TIME : STAT_DAILY.FINISHED_LATE, 1);
            count(d, day, STAT_DAILY.PROCESSING_MINUTES, Duration.between(d.getSubmittedAt(), at).toMinutes());
        }
    }

    @EventListener
    void on(DossierRated rated) {
        StatDossierRecord d = dossier(rated.dossierCode());
        if (d == null || rated.stars() < 1 || rated.stars() > 5) {
            return;
        }
        LocalDate day = local(rated.occurredAt()).toLocalDate();
        count(d, day, STAT_DAILY.RATED, 1);
        count(d, day, STAT_DAILY.RATING_SUM, rated.stars());
        count(d, day, STATS_BY_STARS[rated.stars() - 1], 1);
    }

    @SuppressWarnings("unchecked")
    private static final Field<Integer>[] STATS_BY_STARS = new Field[] {
            STAT_DAILY.RATED_1, STAT_DAILY.RATED_2, STAT_DAILY.RATED_3, STAT_DAILY.RATED_4, STAT_DAILY.RATED_5};

    private StatDossierRecord dossier(String code) {
        return sql.selectFrom(STAT_DOSSIER).where(STAT_DOSSIER.DOSSIER_CODE.eq(code)).fetchOne();
    }

    private void due(String code, Instant due) {
        if (due != null) {
            sql.update(STAT_DOSSIER).set(STAT_DOSSIER.DUE_AT, local(due)).where(STAT_DOSSIER.DOSSIER_CODE.eq(code)).execute();
        }
    }

    private <T extends Number> void count(StatDossierRecord d, LocalDate day, Field<T> counter, long by) {
        count(day, d.getProvinceCode(), d.getUnitCode(), d.getProcedureCode(), d.getChannel(), counter, by);
    }

    /** Adds to a counter of the day's row, creating the row: one statement, safe under concurrency. */
    private <T extends Number> void count(LocalDate day, String province, String unit, String procedure, String channel,
                                          Field<T> counter, long by) {
        Field<T> increment = org.jooq.impl.DSL.val(by).cast(counter.getType());
        sql.insertInto(STAT_DAILY).set(STAT_DAILY.DAY, day).set(STAT_DAILY.PROVINCE_CODE, province)
                .set(STAT_DAILY.UNIT_CODE, unit).set(STAT_DAILY.PROCEDURE_CODE, procedure).set(STAT_DAILY.CHANNEL, channel)
                .set(counter, increment)
                .onDuplicateKeyUpdate().set(counter, org.jooq.impl.DSL.field("{0} + {1}", counter.getType(), counter, increment))
                .execute();
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone());
    }
}
