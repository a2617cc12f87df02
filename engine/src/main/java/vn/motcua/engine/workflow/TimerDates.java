package vn.motcua.engine.workflow;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;

/** Camunda timers take java.util.Date; deadlines are computed in Vietnam's local time. */
final class TimerDates {

    private TimerDates() {
    }

    static Date of(LocalDateTime time, Clock clock) {
        return Date.from(time.atZone(clock.getZone()).toInstant());
    }

    static LocalDateTime local(Date date, Clock clock) {
        return LocalDateTime.ofInstant(date.toInstant(), clock.getZone());
    }
}
