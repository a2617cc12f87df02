package vn.motcua.workflows.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.motcua.workflows.catalogue.CatalogueEntry.ProcessingTime;

/**
 * Statutory due times on the working-day calendar. A dossier received on a working day before the
 * cutoff counts that day as its first day; received later, or on a day off, it counts from the
 * next working day. Working days end at the close of office hours; hours count office hours only;
 * calendar days and months that end on a day off move to the next working day. The clock can be
 * paused (while a supplement is awaited): the working time left is carried over to the resumption.
 */
public final class DeadlineCalculator {

    private final WorkingDayCalendar calendar;
    private final OfficeHours hours;

    public DeadlineCalculator(WorkingDayCalendar calendar, OfficeHours hours) {
        this.calendar = calendar;
        this.hours = hours;
    }

    /** The first day that counts for a dossier received at {@code received}. */
    public LocalDate firstDay(LocalDateTime received) {
        LocalDate day = received.toLocalDate();
        boolean counts = calendar.isWorkingDay(day) && received.toLocalTime().isBefore(hours.cutoff());
        return counts ? day : calendar.nextWorkingDay(day);
    }

    public LocalDateTime due(LocalDateTime received, ProcessingTime time) {
        LocalDate first = firstDay(received);
        long amount = time.amount().longValue();
        boolean fraction = time.amount().stripTrailingZeros().scale() > 0;
        return switch (time.unit()) {
            case WORKING_DAYS -> addWorkingMinutes(first.atTime(hours.morningStart()),
                    time.amount().multiply(java.math.BigDecimal.valueOf(hours.minutesPerDay())).longValue());
            case HOURS -> addWorkingMinutes(first.equals(received.toLocalDate()) ? received
                    : first.atTime(hours.morningStart()), time.amount().multiply(java.math.BigDecimal.valueOf(60)).longValue());
            case DAYS -> endOfWorkingDayOnOrAfter(first.plusDays(Math.max(0, (fraction ? amount + 1 : amount) - 1)));
            case MONTHS -> endOfWorkingDayOnOrAfter(first.plusMonths(amount).minusDays(1));
        };
    }

    /** When to warn: one working day before the due time. */
    public LocalDateTime warningAt(LocalDateTime due) {
        return subtractWorkingMinutes(due, hours.minutesPerDay());
    }

    /**
     * The new due time after the clock stood still from {@code pausedAt} to {@code resumedAt}: the
     * working time that was left at the pause runs again from the resumption.
     */
    public LocalDateTime resume(LocalDateTime due, LocalDateTime pausedAt, LocalDateTime resumedAt) {
        long left = workingMinutesBetween(pausedAt, due);
        return addWorkingMinutes(resumedAt, left);
    }

    /** Office minutes between two moments (0 if {@code to} is not after {@code from}). */
    public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long total = 0;
        LocalDate day = from.toLocalDate();
        while (!day.isAfter(to.toLocalDate())) {
            if (calendar.isWorkingDay(day)) {
                long start = day.equals(from.toLocalDate()) ? hours.minutesBefore(from.toLocalTime()) : 0;
                long end = day.equals(to.toLocalDate()) ? hours.minutesBefore(to.toLocalTime()) : hours.minutesPerDay();
                total += Math.max(0, end - start);
            }
            day = day.plusDays(1);
        }
        return total;
    }

    LocalDateTime addWorkingMinutes(LocalDateTime from, long minutes) {
        LocalDate day = from.toLocalDate();
        long position = hours.minutesBefore(from.toLocalTime());
        if (!calendar.isWorkingDay(day) || position >= hours.minutesPerDay()) {
            day = calendar.nextWorkingDay(day);
            position = 0;
        }
        long left = minutes;
        while (left > hours.minutesPerDay() - position) {
            left -= hours.minutesPerDay() - position;
            day = calendar.nextWorkingDay(day);
            position = 0;
        }
        return left == 0 && position == 0 ? day.atTime(hours.morningStart()) : day.atTime(hours.timeAfter(position + left));
    }

    private LocalDateTime subtractWorkingMinutes(LocalDateTime from, long minutes) {
        LocalDate day = from.toLocalDate();
        long position = hours.minutesBefore(from.toLocalTime());
        if (!calendar.isWorkingDay(day)) {
            day = calendar.previousWorkingDay(day);
            position = hours.minutesPerDay();
        }
        long left = minutes;
        while (left >= position) {
            left -= position;
            day = calendar.previousWorkingDay(day);
            position = hours.minutesPerDay();
            if (left == 0) {
                return day.atTime(hours.afternoonEnd());
            }
        }
        return day.atTime(hours.timeAfter(position - left));
    }

    private LocalDateTime endOfWorkingDayOnOrAfter(LocalDate day) {
        LocalDate d = calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
        return d.atTime(hours.afternoonEnd());
    }
}
