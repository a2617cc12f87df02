package vn.motcua.engine.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.db.Tables.WORK_ITEM;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.staff.StaffRole;

/**
 * The leader's view of a unit's work on hand-built items (a unit of its own): the overdue and
 * due-soon trend worked out day by day, throughput per person, the assignee filter, and that only
 * a leader of the unit sees it.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeaderViewIntegrationTests {

    private static final String UNIT = "test-leader-unit";
    private static final StaffMember LEADER = new StaffMember("001070000001", "Lãnh đạo", UNIT, "Đơn vị thử", "Trưởng",
            Set.of(StaffRole.LEADER));
    private static final StaffMember CLERK = new StaffMember("001070000002", "Chuyên viên", UNIT, "Đơn vị thử", "Chuyên viên",
            Set.of(StaffRole.SPECIALIST));

    @Autowired
    WorkQueue queue;
    @Autowired
    DSLContext sql;
    @Autowired
    Clock clock;

    private LocalDate today;

    private void item(String state, LocalDateTime created, LocalDateTime due, LocalDateTime completed, String by) {
        sql.insertInto(WORK_ITEM).set(WORK_ITEM.TASK_ID, UUID.randomUUID().toString()).set(WORK_ITEM.PROCESS_INSTANCE_ID, "p")
                .set(WORK_ITEM.DOSSIER_CODE, UNIT + "-" + UUID.randomUUID()).set(WORK_ITEM.PROCEDURE_CODE, "1.004194")
                .set(WORK_ITEM.TASK_KEY, "Task_Processing").set(WORK_ITEM.UNIT_CODE, UNIT).set(WORK_ITEM.STEP, "processing")
                .set(WORK_ITEM.ASSIGNEE, by).set(WORK_ITEM.CREATED_AT, created).set(WORK_ITEM.RECEIVED_AT, created)
                .set(WORK_ITEM.DUE_AT, due).set(WORK_ITEM.STATE, state)
                .set(WORK_ITEM.IS_OPEN, (byte) (state.equals("OPEN") || state.equals("CLAIMED") ? 1 : 0))
                .set(WORK_ITEM.COMPLETED_AT, completed).set(WORK_ITEM.COMPLETED_BY, state.equals("DONE") ? by : null).execute();
    }

    private LocalDateTime day(int offset, int hour) {
        return today.plusDays(offset).atTime(hour, 0);
    }

    @BeforeAll
    void items() {
        today = LocalDate.now(clock);
        // A: overdue since T-5, finished late at T-3 10:00 by X
        item("DONE", day(-10, 8), day(-5, 17), day(-3, 10), "X");
        // C: open, due T-1 12:00 (due soon at the end of T-2, overdue from T-1 on), claimed by Y
        item("CLAIMED", day(-3, 9), day(-1, 12), null, "Y");
        // E: finished on time at T-1 09:00 by X, never overdue nor due within a day at a day's end
        item("DONE", day(-2, 8), day(1, 17), day(-1, 9), "X");
        // F: finished by Y without a due time (counts as on time)
        item("DONE", day(-2, 8), null, day(-1, 10), "Y");
        // G: cancelled on T-2, before the day ended: no one's work, never due
        item("CANCELLED", day(-2, 8), day(-1, 20), day(-2, 20), null);
    }

    @Test
    void overdueAndDueSoonAtTheEndOfEachDay() {
        List<WorkQueue.DeadlineDay> trend = queue.deadlineTrend(LEADER, 14);
        assertThat(trend).hasSize(14);
        assertThat(trend.get(13).day()).isEqualTo(today);
        assertThat(trend.get(0).day()).isEqualTo(today.minusDays(13));
        // end of T-4: A overdue; end of T-3: A finished, C due in 36 h; end of T-2: C due within the day;
        // end of T-1 and now: C overdue
        assertThat(trend.subList(9, 14)).extracting(WorkQueue.DeadlineDay::overdue).containsExactly(1, 0, 0, 1, 1);
        assertThat(trend.subList(9, 14)).extracting(WorkQueue.DeadlineDay::dueSoon).containsExactly(0, 0, 1, 0, 0);
        assertThat(trend.subList(0, 5)).extracting(WorkQueue.DeadlineDay::overdue).containsOnly(0);
    }

    @Test
    void throughputPerPersonOverThePeriod() {
        assertThat(queue.throughput(LEADER, clock.instant().minus(Duration.ofDays(30)))).containsExactly(
                new WorkQueue.Throughput("X", 2, 1), new WorkQueue.Throughput("Y", 1, 1));
        assertThat(queue.throughput(LEADER, clock.instant().minus(Duration.ofDays(1)).minus(Duration.ofHours(24))))
                .as("since two days ago: A (T-3) is left out").contains(new WorkQueue.Throughput("X", 1, 1));
    }

    @Test
    void theQueueFilteredByOnePersonsItems() {
        QueueQuery ofY = new QueueQuery(UNIT, null, null, null, QueueQuery.Due.ANY, false, "Y", null, QueueQuery.Sort.DUE,
                false, 0, 50);
        assertThat(queue.find(CLERK, ofY)).singleElement().satisfies(i -> assertThat(i.assignee()).isEqualTo("Y"));
        QueueQuery doneByX = new QueueQuery(UNIT, null, null, WorkItem.State.DONE, QueueQuery.Due.ANY, false, "X", null,
                QueueQuery.Sort.DUE, false, 0, 50);
        assertThat(queue.find(CLERK, doneByX)).hasSize(2);
    }

    @Test
    void onlyALeaderSeesTheUnitsFigures() {
        assertThatThrownBy(() -> queue.deadlineTrend(CLERK, 14)).isInstanceOf(QueueAccessDeniedException.class);
        assertThatThrownBy(() -> queue.throughput(CLERK, clock.instant())).isInstanceOf(QueueAccessDeniedException.class);
        assertThatThrownBy(() -> queue.workload(CLERK)).isInstanceOf(QueueAccessDeniedException.class);
    }
}
