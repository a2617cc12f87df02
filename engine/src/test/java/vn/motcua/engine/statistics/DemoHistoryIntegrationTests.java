package vn.motcua.engine.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.db.Tables.STAT_DAILY;
import static vn.motcua.db.Tables.STAT_DOSSIER;
import static vn.motcua.db.Tables.STAT_MONTHLY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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
    @Autowired
    DSLContext sql;

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

        // an odd period (edges from the days, whole months from the roll-up) equals a recount of the dossiers
        StatisticsQuery odd = new StatisticsQuery(today.minusDays(200), today.minusDays(17), null, null, null);
        Figures.Totals counted = statistics.totals(odd);
        assertThat(counted.received()).isEqualTo(sql.fetchCount(STAT_DOSSIER, STAT_DOSSIER.DAY.between(odd.from(), odd.to())));
        var finishedInPeriod = DSL.cast(STAT_DOSSIER.FINISHED_AT, java.time.LocalDate.class).between(odd.from(), odd.to());
        assertThat(counted.onTime() + counted.late() + counted.refused() + counted.withdrawn())
                .isEqualTo(sql.fetchCount(STAT_DOSSIER, finishedInPeriod));
        assertThat(counted.supplementRequested()).isEqualTo(sql.fetchCount(STAT_DOSSIER,
                STAT_DOSSIER.DAY.between(odd.from(), odd.to()).and(STAT_DOSSIER.SUPPLEMENT_REQUESTED.eq((byte) 1))));
        // and the roll-up holds what the days hold
        assertThat(sql.select(DSL.sum(STAT_MONTHLY.RECEIVED), DSL.sum(STAT_MONTHLY.FINISHED_LATE), DSL.sum(STAT_MONTHLY.RATING_SUM))
                .from(STAT_MONTHLY).fetchOne().intoList())
                .isEqualTo(sql.select(DSL.sum(STAT_DAILY.RECEIVED), DSL.sum(STAT_DAILY.FINISHED_LATE), DSL.sum(STAT_DAILY.RATING_SUM))
                        .from(STAT_DAILY).fetchOne().intoList());

        // all 34 provinces receive dossiers
        assertThat(statistics.ranking(year)).extracting(Figures.RankRow::code).containsAll(
                vn.motcua.engine.catalogue.ShippedAdminUnits.read().provinces().stream()
                        .map(vn.motcua.workflows.adminunits.AdminUnits.Province::code).toList());

        // units differ in their on-time share
        List<Figures.RankRow> hanoi = statistics.ranking(new StatisticsQuery(year.from(), year.to(), "01", null, null));
        assertThat(hanoi.get(0).onTimeShare()).isGreaterThan(hanoi.get(hanoi.size() - 1).onTimeShare());
    }
}
