package vn.motcua.engine.notification;

import static vn.motcua.db.Tables.NOTIFICATION;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.retention.ExpiringRows;

/**
 * A citizen's in-app messages are kept for the history time to live: the dossier's status, timeline
 * and documents stay on its page after that; a year-old "your dossier was received" does not.
 */
@Component
class ExpiringNotifications implements ExpiringRows {

    private final DSLContext sql;
    private final Clock clock;

    ExpiringNotifications(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public String description() {
        return "notifications";
    }

    @Override
    @Transactional
    public int deleteEndedBefore(Instant cutoff, int limit) {
        return sql.deleteFrom(NOTIFICATION).where(NOTIFICATION.CREATED_AT.lt(LocalDateTime.ofInstant(cutoff, clock.getZone())))
                .orderBy(NOTIFICATION.CREATED_AT).limit(limit).execute();
    }
}
