package vn.motcua.engine.queue;

import static vn.motcua.db.Tables.WORK_ITEM;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.retention.ExpiringRows;

/**
 * Done and cancelled work items serve a unit's lists of finished work, its throughput and the
 * studio's step durations; past the history time to live they are removed (the dossier's own
 * record keeps who did what: its audit trail). Open items are never touched, however old.
 */
@Component
class FinishedWorkItems implements ExpiringRows {

    private final DSLContext sql;
    private final Clock clock;

    FinishedWorkItems(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public String description() {
        return "finished work items";
    }

    @Override
    @Transactional
    public int deleteEndedBefore(Instant cutoff, int limit) {
        return sql.deleteFrom(WORK_ITEM)
                .where(WORK_ITEM.IS_OPEN.eq((byte) 0), WORK_ITEM.COMPLETED_AT.lt(LocalDateTime.ofInstant(cutoff, clock.getZone())))
                .orderBy(WORK_ITEM.COMPLETED_AT).limit(limit).execute();
    }
}
