package vn.motcua.workflows.calendar;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The hours a one-stop office works and the cutoff after which a dossier received counts from the
 * next working day. Defaults: 07:30-11:30 and 13:00-17:00 (8 working hours), cutoff 15:00 (Decree 123/2015 art. 16: a birth registration received after 15:00 is
 * answered the next working day; MotCua applies the same cutoff to every procedure).
 */
public record OfficeHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
                          LocalTime afternoonEnd, LocalTime cutoff) {

    public static final OfficeHours DEFAULT = new OfficeHours(LocalTime.of(7, 30), LocalTime.of(11, 30),
            LocalTime.of(13, 0), LocalTime.of(17, 0), LocalTime.of(15, 0));

    public OfficeHours {
        if (!(morningStart.isBefore(morningEnd) && !morningEnd.isAfter(afternoonStart)
                && afternoonStart.isBefore(afternoonEnd))) {
            throw new IllegalArgumentException("office hours must be two ordered periods");
        }
    }

    /** Working minutes in one full working day. */
    public long minutesPerDay() {
        return Duration.between(morningStart, morningEnd).toMinutes()
                + Duration.between(afternoonStart, afternoonEnd).toMinutes();
    }

    /** Working minutes from the start of the day until {@code time}. */
    long minutesBefore(LocalTime time) {
        long morning = clamp(time, morningStart, morningEnd);
        long afternoon = clamp(time, afternoonStart, afternoonEnd);
        return morning + afternoon;
    }

    /** The time of day at which {@code minutes} working minutes of the day have passed (0 < minutes ≤ per day). */
    LocalTime timeAfter(long minutes) {
        long morning = Duration.between(morningStart, morningEnd).toMinutes();
        if (minutes <= morning) {
            return morningStart.plusMinutes(minutes);
        }
        return afternoonStart.plusMinutes(minutes - morning);
    }

    private static long clamp(LocalTime time, LocalTime start, LocalTime end) {
        if (!time.isAfter(start)) {
            return 0;
        }
        return Duration.between(start, time.isBefore(end) ? time : end).toMinutes();
    }
}
