package vn.motcua.engine.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import vn.motcua.workflows.calendar.DeadlineCalculator;

/**
 * The light a work item shows in the queue: red when overdue, amber when due within one working
 * day, green otherwise. "Within a working day" counts office time on the working-day calendar,
 * as the statutory deadlines do: on a Friday afternoon an item due on Monday morning is amber,
 * though 60 clock hours away.
 */
@Component
public class DeadlineLight {

    public enum Colour { NONE, GREEN, AMBER, RED }

    private final DeadlineCalculator deadlines;
    private final Clock clock;

    DeadlineLight(DeadlineCalculator deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Colour of(WorkItem item) {
        Instant now = Instant.now(clock);
        if (item.dueAt() == null) {
            return Colour.NONE;
        }
        if (item.overdue(now)) {
            return Colour.RED;
        }
        LocalDateTime due = LocalDateTime.ofInstant(item.dueAt(), clock.getZone());
        return !LocalDateTime.ofInstant(now, clock.getZone()).isBefore(deadlines.warningAt(due)) ? Colour.AMBER : Colour.GREEN;
    }
}
