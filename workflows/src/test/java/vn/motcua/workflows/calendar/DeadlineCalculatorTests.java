package vn.motcua.workflows.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.motcua.workflows.catalogue.CatalogueEntry.ProcessingTime;
import vn.motcua.workflows.catalogue.TimeUnit;

class DeadlineCalculatorTests {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();
    private final DeadlineCalculator deadlines = new DeadlineCalculator(calendar, OfficeHours.DEFAULT);

    private static ProcessingTime workingDays(int n) {
        return new ProcessingTime(BigDecimal.valueOf(n), TimeUnit.WORKING_DAYS);
    }

    private static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void tet2026IsFiveWorkingDaysOffBetweenTwoWeekends() {
        for (int day = 16; day <= 20; day++) {
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, day))).as("Feb %d", day).isFalse();
        }
        assertThat(calendar.nameOf(LocalDate.of(2026, 2, 17))).isEqualTo("Tết Nguyên đán");
        // received Friday 13 Feb before the cutoff: day 1 is that Friday, days 2 and 3 come after Tết
        assertThat(deadlines.due(at("2026-02-13T10:00"), workingDays(3))).isEqualTo(at("2026-02-24T17:00"));
    }

    @Test
    void tet2027FallsOnAWeekendSoItsSubstituteDaysFollow() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 11))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
        assertThat(deadlines.due(at("2027-02-04T09:00"), workingDays(2))).isEqualTo(at("2027-02-12T17:00"));
    }

    @Test
    void aSubstituteDayOffIsSkipped() {
        // Hùng Kings' day 2026 is a Sunday; Monday 27 April is the substitute day off
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(deadlines.due(at("2026-04-24T08:00"), workingDays(2))).isEqualTo(at("2026-04-28T17:00"));
    }

    @Test
    void aSwappedWorkingSaturdayCounts() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(deadlines.due(at("2025-04-25T10:00"), workingDays(2))).isEqualTo(at("2025-04-26T17:00"));
    }

    @Test
    void aDossierReceivedAfterTheCutoffCountsFromTheNextWorkingDay() {
        assertThat(deadlines.due(at("2026-03-02T14:59"), workingDays(1))).isEqualTo(at("2026-03-02T17:00"));
        assertThat(deadlines.due(at("2026-03-02T15:00"), workingDays(1))).isEqualTo(at("2026-03-03T17:00"));
        // on a Saturday: from Monday
        assertThat(deadlines.due(at("2026-03-07T09:00"), workingDays(1))).isEqualTo(at("2026-03-09T17:00"));
    }

    @Test
    void calendarDaysEndingOnADayOffMoveToTheNextWorkingDay() {
        // 30 days from Friday 2 Jan 2026 end on Saturday 31 Jan: due Monday 2 Feb
        assertThat(deadlines.due(at("2026-01-02T09:00"), new ProcessingTime(BigDecimal.valueOf(30), TimeUnit.DAYS)))
                .isEqualTo(at("2026-02-02T17:00"));
    }

    @Test
    void hoursCountOfficeHoursOnly() {
        // 8 hours from Monday 10:00: 1.5 h in the morning, 4 h in the afternoon, 2.5 h on Tuesday
        assertThat(deadlines.due(at("2026-03-02T10:00"), new ProcessingTime(BigDecimal.valueOf(8), TimeUnit.HOURS)))
                .isEqualTo(at("2026-03-03T10:00"));
    }

    @Test
    void theWarningComesOneWorkingDayBeforeTheDueTime() {
        assertThat(deadlines.warningAt(at("2026-02-24T17:00"))).isEqualTo(at("2026-02-23T17:00"));
        assertThat(deadlines.warningAt(at("2026-02-23T10:00"))).isEqualTo(at("2026-02-13T10:00"));
    }

    @Test
    void pausingTheClockCarriesTheTimeLeftOverToTheResumption() {
        LocalDateTime due = deadlines.due(at("2026-03-02T08:00"), workingDays(5)); // Friday 6 March 17:00
        assertThat(due).isEqualTo(at("2026-03-06T17:00"));
        // paused Tuesday 3 March 17:00 (3 working days left), resumed Monday 16 March 07:30
        LocalDateTime resumed = deadlines.resume(due, at("2026-03-03T17:00"), at("2026-03-16T07:30"));
        assertThat(resumed).isEqualTo(at("2026-03-18T17:00"));
        assertThat(deadlines.workingMinutesBetween(at("2026-03-03T17:00"), due)).isEqualTo(3 * 480);
    }

    @Test
    void aBadHolidayFileNamesTheLine() {
        assertThatThrownBy(() -> WorkingDayCalendar.read(new StringReader("date,kind,name\n2026-02-30,HOLIDAY,x\n")))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> WorkingDayCalendar.read(new StringReader("date,kind,name\n2026-03-04,WORKING_DAY,x\n")))
                .hasMessageContaining("2026-03-04 is a weekday");
    }

    @Test
    void theShippedFileCoversTwentyTwentyFiveToTwentyThirty() {
        assertThat(calendar.covers(LocalDate.of(2025, 6, 1))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2030, 12, 31))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2031, 1, 1))).isFalse();
        for (int year = 2025; year <= 2030; year++) {
            assertThat(calendar.isWorkingDay(LocalDate.of(year, 9, 2))).as("2/9/%d", year).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(year, 4, 30))).as("30/4/%d", year).isFalse();
        }
    }
}
