package vn.motcua.engine.retention;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Camunda's history of a finished dossier is kept, and when it is cleaned up.
 *
 * @param timeToLiveDays     days after a dossier's process ends before its Camunda history
 *                           (process, activity, task, variable rows) may be removed. The default,
 *                           a year, outlasts the 90-day period in which a decision can be complained
 *                           about (Luật Khiếu nại 2011, Điều 9) with room for a late complaint's
 *                           handling. MotCua's own records of the dossier are not touched.
 * @param cleanupWindowStart start of the nightly window in which Camunda removes expired history
 *                           (server time zone)
 * @param cleanupWindowEnd   end of that window
 */
@ConfigurationProperties("motcua.history")
public record HistoryRetentionProperties(
        @DefaultValue("365") int timeToLiveDays,
        @DefaultValue("01:00") LocalTime cleanupWindowStart,
        @DefaultValue("05:00") LocalTime cleanupWindowEnd) {

    public HistoryRetentionProperties {
        if (timeToLiveDays < 0) {
            throw new IllegalArgumentException("motcua.history.time-to-live-days must not be negative: " + timeToLiveDays);
        }
        if (cleanupWindowStart.equals(cleanupWindowEnd)) {
            throw new IllegalArgumentException("motcua.history.cleanup-window-start and -end must differ");
        }
    }
}
