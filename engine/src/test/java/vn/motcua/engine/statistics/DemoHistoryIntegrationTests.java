package vn.motcua.engine.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo history looks like a year of a one-stop office, and the live statistics code counts it. */
@SpringBootTest
class DemoHistoryIntegrationTests {

    @Autowired
    DemoHistory history;
    @Autowired
    Statistics statistics;
    @Autowired
    Clock clock;

    @Test
    void aYearOfDossiersWithATetDipSkewedProceduresAndUnitsThatDiffer() {
        LocalDate today = LocalDate.now(clock);
        StatisticsQuery year = new StatisticsQuery(today.minusYears(1), today.minusDays(1), null, null, null);
        long before = statistics.totals(year).received();
        history.generate(3000);
        Figures.Totals t = statistics.totals(year);
        assertThat(t.received() - before).isEqualTo(3000);
        assertThat(t.onTimeShare()).isBetween(0.8, 0.99);
        assertThat(t.onlineShare()).isBetween(0.5, 0.85);
        assertThat(t.averageRating()).isBetween(3.5, 5.0);

        // residence, civil status and passports dominate
        List<Figures.ProcedureRow> procedures = statistics.procedures(year, 3);
        assertThat(procedures).extracting(Figures.ProcedureRow::procedureCode).containsAnyOf("1.004194", "1.001456", "1.001193");

        // the month of Tết receives clearly less than an ordinary month
        List<Figures.Month> months = statistics.months(year);
        long tet = months.stream().filter(m -> m.month().endsWith("-02")).mapToLong(m -> m.online() + m.inPerson() + m.postal())
                .sum();
        long average = months.stream().mapToLong(m -> m.online() + m.inPerson() + m.postal()).sum() / months.size();
        assertThat(tet).isLessThan(average * 3 / 4);

        // units differ in their on-time share
        List<Figures.RankRow> hanoi = statistics.ranking(new StatisticsQuery(year.from(), year.to(), "01", null, null));
        assertThat(hanoi.get(0).onTimeShare()).isGreaterThan(hanoi.get(hanoi.size() - 1).onTimeShare());
    }
}
