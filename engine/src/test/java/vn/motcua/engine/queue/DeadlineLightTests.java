package vn.motcua.engine.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.motcua.workflows.calendar.DeadlineCalculator;
import vn.motcua.workflows.calendar.OfficeHours;
import vn.motcua.workflows.calendar.WorkingDayCalendar;

/** The queue's deadline light counts office time on the working-day calendar, not clock hours. */
class DeadlineLightTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DeadlineCalculator DEADLINES = new DeadlineCalculator(WorkingDayCalendar.vietnam(), OfficeHours.DEFAULT);

    private static DeadlineLight.Colour light(String now, String due) {
        Clock clock = Clock.fixed(LocalDateTime.parse(now).atZone(HANOI).toInstant(), HANOI);
        WorkItem item = new WorkItem("t", "p", "d", "1.001193", "001092100001", "Nguyễn Văn An", "Task_Reception",
                "Tiếp nhận", "ubnd-xa-00004", "reception", null, null, LocalDateTime.parse(due).atZone(HANOI).toInstant(),
                null, WorkItem.State.OPEN);
        return new DeadlineLight(DEADLINES, clock).of(item);
    }

    @Test
    void dueOnMondayMorningIsAmberOnFridayAfternoonThoughSixtyHoursAway() {
        // Friday 27 November 2026, 16:00 → Monday 30 November, 10:00: 3 office hours left
        assertThat(light("2026-11-27T16:00", "2026-11-30T10:00")).isEqualTo(DeadlineLight.Colour.AMBER);
    }

    @Test
    void moreThanAWorkingDayOfOfficeTimeLeftIsGreenLessIsAmber() {
        // Monday 08:00 → Tuesday 10:00: 10 office hours left
        assertThat(light("2026-11-30T08:00", "2026-12-01T10:00")).isEqualTo(DeadlineLight.Colour.GREEN);
        // Monday 14:00 → Tuesday 10:00: 5.5 office hours left
        assertThat(light("2026-11-30T14:00", "2026-12-01T10:00")).isEqualTo(DeadlineLight.Colour.AMBER);
    }

    @Test
    void pastTheDueTimeIsRed() {
        assertThat(light("2026-11-30T11:00", "2026-11-30T10:00")).isEqualTo(DeadlineLight.Colour.RED);
    }
}
