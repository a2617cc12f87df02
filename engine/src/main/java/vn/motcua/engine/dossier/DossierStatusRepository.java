package vn.motcua.engine.dossier;

import static vn.motcua.db.Tables.DOSSIER;
import static vn.motcua.db.Tables.DOSSIER_OPEN_STEP;
import static vn.motcua.db.Tables.DOSSIER_STATUS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.motcua.engine.lifecycle.DossierStatus;

/** Reads dossiers with their status, steps and due time: one query, however many dossiers. */
@Repository
class DossierStatusRepository {

    private final DSLContext sql;
    private final Clock clock;

    DossierStatusRepository(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    List<DossierOverview> where(Condition condition) {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        sql.select(DOSSIER.asterisk(), DOSSIER_STATUS.STATUS, DOSSIER_STATUS.DUE_AT,
                        DOSSIER_OPEN_STEP.ACTIVITY_ID, DOSSIER_OPEN_STEP.NAME)
                .from(DOSSIER)
                .leftJoin(DOSSIER_STATUS).on(DOSSIER_STATUS.DOSSIER_CODE.eq(DOSSIER.CODE))
                .leftJoin(DOSSIER_OPEN_STEP).on(DOSSIER_OPEN_STEP.DOSSIER_CODE.eq(DOSSIER.CODE))
                .where(condition)
                .orderBy(DOSSIER.SUBMITTED_AT.desc(), DOSSIER.CODE, DOSSIER_OPEN_STEP.STARTED_AT, DOSSIER_OPEN_STEP.ACTIVITY_ID)
                .forEach(r -> {
                    Object[] row = rows.computeIfAbsent(r.get(DOSSIER.CODE), code -> new Object[] {
                            DossierRepository.toDossier(r.into(DOSSIER), clock),
                            r.get(DOSSIER_STATUS.STATUS), r.get(DOSSIER_STATUS.DUE_AT), new ArrayList<DossierOverview.Step>()});
                    if (r.get(DOSSIER_OPEN_STEP.ACTIVITY_ID) != null) {
                        @SuppressWarnings("unchecked")
                        List<DossierOverview.Step> steps = (List<DossierOverview.Step>) row[3];
                        steps.add(new DossierOverview.Step(r.get(DOSSIER_OPEN_STEP.ACTIVITY_ID), r.get(DOSSIER_OPEN_STEP.NAME)));
                    }
                });
        List<DossierOverview> result = new ArrayList<>(rows.size());
        for (Object[] row : rows.values()) {
            @SuppressWarnings("unchecked")
            List<DossierOverview.Step> steps = (List<DossierOverview.Step>) row[3];
            // a dossier filed before the read model existed and not yet filled in counts as in progress
            DossierStatus status = row[1] == null ? DossierStatus.IN_PROGRESS : DossierStatus.valueOf((String) row[1]);
            result.add(new DossierOverview((Dossier) row[0], status, List.copyOf(steps),
                    row[2] == null ? null : ((LocalDateTime) row[2]).atZone(clock.getZone()).toInstant()));
        }
        return result;
    }

    /** Dossiers filed before the read model existed: their rows are filled in from the engine's history. */
    List<Dossier> withoutStatus(int limit) {
        return sql.select(DOSSIER.asterisk()).from(DOSSIER).leftJoin(DOSSIER_STATUS).on(DOSSIER_STATUS.DOSSIER_CODE.eq(DOSSIER.CODE))
                .where(DOSSIER_STATUS.DOSSIER_CODE.isNull()).limit(limit)
                .fetch(r -> DossierRepository.toDossier(r.into(DOSSIER), clock));
    }

    void insert(String code, DossierOverview computed) {
        LocalDateTime now = LocalDateTime.now(clock);
        sql.insertInto(DOSSIER_STATUS).set(DOSSIER_STATUS.DOSSIER_CODE, code)
                .set(DOSSIER_STATUS.STATUS, computed.status().name())
                .set(DOSSIER_STATUS.DUE_AT, computed.dueAt() == null ? null : LocalDateTime.ofInstant(computed.dueAt(), clock.getZone()))
                .set(DOSSIER_STATUS.UPDATED_AT, now).onDuplicateKeyIgnore().execute();
        for (DossierOverview.Step step : computed.steps()) {
            sql.insertInto(DOSSIER_OPEN_STEP).set(DOSSIER_OPEN_STEP.DOSSIER_CODE, code)
                    .set(DOSSIER_OPEN_STEP.ACTIVITY_ID, step.activityId()).set(DOSSIER_OPEN_STEP.NAME, step.name())
                    .set(DOSSIER_OPEN_STEP.OPEN_COUNT, 1).set(DOSSIER_OPEN_STEP.STARTED_AT, now)
                    .onDuplicateKeyUpdate().set(DOSSIER_OPEN_STEP.OPEN_COUNT, DOSSIER_OPEN_STEP.OPEN_COUNT.plus(1)).execute();
        }
    }

    /** Why a refused dossier was refused, as the refusal notice states it. */
    java.util.Optional<String> refusalReason(String code) {
        return java.util.Optional.ofNullable(sql.select(DOSSIER_STATUS.REFUSAL_REASON).from(DOSSIER_STATUS)
                .where(DOSSIER_STATUS.DOSSIER_CODE.eq(code)).fetchOne(DOSSIER_STATUS.REFUSAL_REASON));
    }
}
