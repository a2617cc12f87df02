package vn.motcua.engine.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Removes every {@link ExpiringRows} owner's rows that ended more than
 * {@code motcua.history.time-to-live-days} ago, each night at the start of the history cleanup
 * window, in batches until none are left or as long as the window lasts. On a cluster every node runs it:
 * the deletes are idempotent, a row removed by one node is simply not found by the other.
 */
@Component
class ExpiredRowsCleanup implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ExpiredRowsCleanup.class);
    /** Rows per transaction: short row locks beside the day's work that may still go on. */
    static final int BATCH = 1_000;

    private final List<ExpiringRows> owners;
    private final HistoryRetentionProperties properties;
    private final Clock clock;

    ExpiredRowsCleanup(List<ExpiringRows> owners, HistoryRetentionProperties properties, Clock clock) {
        this.owners = owners;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        LocalTime start = properties.cleanupWindowStart();
        registrar.addCronTask(() -> removeExpired(clock.instant()),
                "0 %d %d * * *".formatted(start.getMinute(), start.getHour()));
    }

    /** @return rows deleted per owner's description, for rows that ended before {@code now} less the time to live */
    Map<String, Integer> removeExpired(Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(properties.timeToLiveDays()));
        Instant stopAt = clock.instant().plus(windowLength());
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (ExpiringRows owner : owners) {
            int total = 0;
            int deleted;
            do {
                deleted = owner.deleteEndedBefore(cutoff, BATCH);
                total += deleted;
            } while (deleted == BATCH && clock.instant().isBefore(stopAt));
            removed.put(owner.description(), total);
        }
        log.info("Removed what ended before {} (time to live {} days): {}", cutoff, properties.timeToLiveDays(), removed);
        return removed;
    }

    /** A window may run over midnight (22:00–04:00). */
    private Duration windowLength() {
        Duration length = Duration.between(properties.cleanupWindowStart(), properties.cleanupWindowEnd());
        return length.isNegative() ? length.plusDays(1) : length;
    }
}
