package vn.motcua.engine.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.engine.lifecycle.DossierEvent;
import vn.motcua.engine.lifecycle.DossierRated;
import vn.motcua.engine.lifecycle.DossierRegistered;
import vn.motcua.engine.lifecycle.DossierStatus;
import vn.motcua.engine.lifecycle.DossierStatusChanged;
import vn.motcua.engine.lifecycle.DossierSubmitted;
import vn.motcua.engine.lifecycle.SupplementRequested;

/**
 * Each figure on a small hand-built month (March 2020, which nothing else in the tests touches),
 * with the expected value worked out here: ten dossiers of temporary residence (1.004194, which
 * has an online fee) at Ba Đình ward.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsIntegrationTests {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String UNIT = "ca-xa-00004";
    private static final String PROCEDURE = "1.004194";
    private static final StatisticsQuery MARCH_2020 = new StatisticsQuery(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31),
            null, null, null);

    @Autowired
    Statistics statistics;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    vn.motcua.engine.catalogue.ProcedureCatalogue catalogue;

    private static Instant at(int day, int hour) {
        return LocalDateTime.of(2020, 3, day, hour, 0).atZone(VN).toInstant();
    }

    private void publish(DossierEvent... happened) {
        transaction.executeWithoutResult(tx -> List.of(happened).forEach(events::publishEvent));
    }

    /** Filed on the 2nd, due on the 9th at 17:00. */
    private String file(int n, String channel, boolean paidOnline) {
        String code = UNIT + "-200302-" + String.format("%04d", n);
        publish(new DossierSubmitted(code, PROCEDURE, UNIT, "01", "001092100001", channel, paidOnline, at(2, 9)),
                new DossierRegistered(code, at(9, 17), at(2, 9)));
        return code;
    }

    private void end(String code, DossierStatus outcome, Instant when) {
        publish(new DossierStatusChanged(code, DossierStatus.IN_PROGRESS, outcome, when));
    }

    @BeforeAll
    void aMonthOfTenDossiers() {
        String[] d = new String[11];
        for (int i = 1; i <= 10; i++) {
            d[i] = file(i, i <= 8 ? "ONLINE" : "IN_PERSON", i <= 4);
        }
        end(d[1], DossierStatus.COMPLETED, at(3, 9));    // 1 day
        end(d[2], DossierStatus.COMPLETED, at(4, 9));    // 2 days
        end(d[3], DossierStatus.COMPLETED, at(5, 9));    // 3 days
        end(d[4], DossierStatus.COMPLETED, at(9, 17));   // 7 days 8 hours, on the due minute: on time
        end(d[5], DossierStatus.COMPLETED, at(10, 9));   // 8 days, late
        end(d[6], DossierStatus.COMPLETED, at(12, 9));   // 10 days, late
        end(d[7], DossierStatus.REFUSED, at(4, 10));
        end(d[8], DossierStatus.WITHDRAWN, at(20, 10));
        end(d[8], DossierStatus.WITHDRAWN, at(21, 10)); // a repeated event counts once
        publish(new SupplementRequested(d[8], "CMND", at(3, 10)), new SupplementRequested(d[9], "Ảnh", at(3, 10)),
                new SupplementRequested(d[10], "Ảnh", at(3, 10)), new SupplementRequested(d[10], "Ảnh lần 2", at(4, 10)));
        publish(new DossierRated(d[1], 5, at(6, 8)), new DossierRated(d[2], 4, at(6, 8)), new DossierRated(d[3], 3, at(6, 8)));
    }

    @Test
    void eachFigureOfTheMonthAsWorkedOutByHand() {
        Figures.Totals t = statistics.totals(MARCH_2020);
        assertThat(t.received()).isEqualTo(10);
        assertThat(t.receivedOnline()).isEqualTo(8);
        assertThat(t.onTime()).isEqualTo(4);
        assertThat(t.late()).isEqualTo(2);
        assertThat(t.refused()).isEqualTo(1);
        assertThat(t.withdrawn()).isEqualTo(1);
        assertThat(t.inProgress()).as("9 and 10").isEqualTo(2);
        assertThat(t.onTimeShare()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(t.onlineShare()).isEqualTo(0.8);
        assertThat(t.supplementRate()).as("three dossiers, one of them asked twice").isEqualTo(0.3);
        assertThat(t.paidOnlineShare()).as("4 of the 8 online, fee-bearing dossiers").isEqualTo(0.5);
        assertThat(t.averageRating()).isEqualTo(4.0);
        assertThat(t.ratedByStars()).containsExactly(0L, 0L, 1L, 1L, 1L);
        // 1 + 2 + 3 + 7⅓ + 8 + 10 days over six results
        assertThat(t.averageProcessingDays()).isCloseTo((1 + 2 + 3 + (7 + 8.0 / 24) + 8 + 10) / 6, within(1e-6));

        assertThat(statistics.months(MARCH_2020)).containsExactly(new Figures.Month("2020-03", 8, 2, 0));
        assertThat(statistics.procedures(MARCH_2020, 10)).singleElement().satisfies(p -> {
            assertThat(p.procedureCode()).isEqualTo(PROCEDURE);
            assertThat(p.received()).isEqualTo(10);
            assertThat(p.onTime()).isEqualTo(4);
            assertThat(p.suppressed()).isFalse();
        });
    }

    @Test
    void aSectorIsTheSetOfItsProcedures() {
        String sector = catalogue.find(PROCEDURE).orElseThrow().sector();
        String another = catalogue.sectors().stream().filter(s -> !s.equals(sector)).findFirst().orElseThrow();
        StatisticsQuery ofSector = new StatisticsQuery(MARCH_2020.from(), MARCH_2020.to(), null, null, null, sector);
        assertThat(statistics.totals(ofSector).received()).isEqualTo(10);
        assertThat(statistics.totals(ofSector).inProgress()).isEqualTo(2);
        StatisticsQuery ofAnother = new StatisticsQuery(MARCH_2020.from(), MARCH_2020.to(), null, null, null, another);
        assertThat(statistics.totals(ofAnother).received()).isZero();
        assertThat(statistics.totals(ofAnother).inProgress()).isZero();
        assertThatThrownBy(() -> statistics.totals(new StatisticsQuery(MARCH_2020.from(), MARCH_2020.to(), null, null, null,
                "Không có lĩnh vực")))
                .isInstanceOfSatisfying(InvalidStatisticsQueryException.class, e -> assertThat(e.fieldErrors()).containsKey("sector"));
    }

    @Test
    void theServiceIndexScoresWhatCanBeMeasuredAndSaysWhatCannot() {
        Figures.ServiceIndex index = statistics.serviceIndex(MARCH_2020);
        assertThat(index.indicators()).extracting(Figures.Indicator::maxPoints).containsExactly(18, 20, 12, 22, 10, 18);
        assertThat(index.indicators()).filteredOn(i -> !i.measured()).extracting(Figures.Indicator::group)
                .containsExactly("Công khai, minh bạch", "Số hóa hồ sơ");
        assertThat(index.indicators().get(1).points()).isEqualTo(13.33);  // 20 × 4/6
        assertThat(index.indicators().get(2).points()).isEqualTo(9.6);    // 12 × 0.8
        assertThat(index.indicators().get(4).points()).isEqualTo(5.0);    // 10 × 0.5
        assertThat(index.indicators().get(5).points()).isEqualTo(14.4);   // 18 × 4/5
        assertThat(index.points()).isCloseTo(42.33, within(1e-9));
        assertThat(index.measurablePoints()).isEqualTo(60);
        assertThat(index.indicators()).allSatisfy(i -> assertThat(i.source()).contains("766/QĐ-TTg"));
    }

    @Test
    void provincesAndTheirUnitsAreRankedByTheMeasuredPoints() {
        // April 2020, apart from March: the ward police, two online dossiers on time, rated 5, fee not paid
        // online; the ward committee, one in person, late
        Instant filed = LocalDateTime.of(2020, 4, 1, 9, 0).atZone(VN).toInstant();
        Instant due = LocalDateTime.of(2020, 4, 8, 17, 0).atZone(VN).toInstant();
        Instant done = LocalDateTime.of(2020, 4, 3, 9, 0).atZone(VN).toInstant();
        Instant tooLate = LocalDateTime.of(2020, 4, 20, 9, 0).atZone(VN).toInstant();
        for (String code : List.of("ca-xa-00004-200401-0001", "ca-xa-00004-200401-0002")) {
            publish(new DossierSubmitted(code, PROCEDURE, UNIT, "01", "001092100001", "ONLINE", false, filed),
                    new DossierRegistered(code, due, filed), new DossierStatusChanged(code, DossierStatus.IN_PROGRESS,
                            DossierStatus.COMPLETED, done), new DossierRated(code, 5, done));
        }
        String late = "ubnd-xa-00004-200401-0001";
        publish(new DossierSubmitted(late, PROCEDURE, "ubnd-xa-00004", "01", "001092100001", "IN_PERSON", false, filed),
                new DossierRegistered(late, due, filed),
                new DossierStatusChanged(late, DossierStatus.IN_PROGRESS, DossierStatus.COMPLETED, tooLate));
        StatisticsQuery april = new StatisticsQuery(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 30), null, null, null);

        assertThat(statistics.ranking(april)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("01");
            assertThat(p.name()).isEqualTo("Hà Nội");
            assertThat(p.received()).isEqualTo(3);
        });
        List<Figures.RankRow> units = statistics.ranking(new StatisticsQuery(april.from(), april.to(), "01", null, null));
        assertThat(units).extracting(Figures.RankRow::code).containsExactly(UNIT, "ubnd-xa-00004");
        assertThat(units.get(0).name()).isEqualTo("Công an Phường Ba Đình");
        // on time 20 + online 12 + paid online 0 of 10 + satisfaction 18 = 50 of 60
        assertThat(units.get(0).points()).isEqualTo(50.0);
        assertThat(units.get(0).measurablePoints()).isEqualTo(60);
        // late 0 of 20, online 0 of 12; nothing fee-bearing online, nothing rated: not measured
        assertThat(units.get(1).points()).isEqualTo(0.0);
        assertThat(units.get(1).measurablePoints()).isEqualTo(32);
    }

    @Test
    void theIndexMonthByMonthWithThePeriodsEdgesReadFromTheDaysAndWholeMonthsFromTheRollUp() {
        // June 2020: one online dossier on the 5th (before the period) and one on the 20th, on time,
        // fee paid online, rated 4; July 2020 (a whole month, read from stat_monthly): one in person, late
        Instant june5 = LocalDateTime.of(2020, 6, 5, 9, 0).atZone(VN).toInstant();
        Instant june20 = LocalDateTime.of(2020, 6, 20, 9, 0).atZone(VN).toInstant();
        Instant july15 = LocalDateTime.of(2020, 7, 15, 9, 0).atZone(VN).toInstant();
        publish(new DossierSubmitted("ca-xa-00004-200605-0001", PROCEDURE, UNIT, "01", "001092100001", "ONLINE", false, june5));
        String onTime = "ca-xa-00004-200620-0001";
        publish(new DossierSubmitted(onTime, PROCEDURE, UNIT, "01", "001092100001", "ONLINE", true, june20),
                new DossierRegistered(onTime, june20.plusSeconds(86400 * 3), june20),
                new DossierStatusChanged(onTime, DossierStatus.IN_PROGRESS, DossierStatus.COMPLETED, june20.plusSeconds(86400)),
                new DossierRated(onTime, 4, june20.plusSeconds(86400)));
        String late = "ca-xa-00004-200715-0001";
        publish(new DossierSubmitted(late, PROCEDURE, UNIT, "01", "001092100001", "IN_PERSON", false, july15),
                new DossierRegistered(late, july15.plusSeconds(86400), july15),
                new DossierStatusChanged(late, DossierStatus.IN_PROGRESS, DossierStatus.COMPLETED, july15.plusSeconds(86400 * 5)));
        StatisticsQuery period = new StatisticsQuery(LocalDate.of(2020, 6, 10), LocalDate.of(2020, 7, 31), null, null, null);

        assertThat(statistics.totals(period).received()).as("the 5 June dossier is outside").isEqualTo(2);
        List<Figures.IndexMonth> trend = statistics.indexTrend(period);
        assertThat(trend).extracting(Figures.IndexMonth::month).containsExactly("2020-06", "2020-07");
        // June: on time 20 + online 12 + paid online 10 + satisfaction 18 × 4/5 = 56.4 of 60
        assertThat(trend.get(0).received()).isEqualTo(1);
        assertThat(trend.get(0).points()).isEqualTo(56.4);
        assertThat(trend.get(0).measurablePoints()).isEqualTo(60);
        // July: late 0 of 20, in person 0 of 12; no online fee, no rating: not measured
        assertThat(trend.get(1).points()).isEqualTo(0.0);
        assertThat(trend.get(1).measurablePoints()).isEqualTo(32);
        assertThat(trend.get(1).onTimeShare()).isEqualTo(0.0);
    }

    @Test
    void belowTheUnitLevelACellOfFewerThanFiveDossiersIsSuppressed() {
        StatisticsQuery unitAndEarlyMarch = new StatisticsQuery(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31), null, UNIT, null);
        assertThat(statistics.procedures(unitAndEarlyMarch, 10)).singleElement()
                .satisfies(p -> assertThat(p.suppressed()).isFalse());
        // the ratings' day alone: no dossier received, three finished → under five, suppressed at unit level
        StatisticsQuery oneDay = new StatisticsQuery(LocalDate.of(2020, 3, 4), LocalDate.of(2020, 3, 5), null, UNIT, null);
        assertThat(statistics.procedures(oneDay, 10)).singleElement().satisfies(p -> {
            assertThat(p.suppressed()).isTrue();
            assertThat(p.received()).isNull();
            assertThat(p.onTime()).isNull();
        });
        assertThat(statistics.procedures(new StatisticsQuery(LocalDate.of(2020, 3, 4), LocalDate.of(2020, 3, 5), null, null, null), 10))
                .as("at province or country level, small numbers are not about one unit's few citizens")
                .singleElement().satisfies(p -> assertThat(p.suppressed()).isFalse());
    }

    @Test
    void badQueriesGetFieldErrors() {
        LocalDate d = LocalDate.of(2020, 3, 1);
        assertThatThrownBy(() -> statistics.totals(new StatisticsQuery(d, d.minusDays(1), null, null, null)))
                .isInstanceOfSatisfying(InvalidStatisticsQueryException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("to"));
        assertThatThrownBy(() -> statistics.totals(new StatisticsQuery(LocalDate.of(1990, 1, 1), d, "99", "ubnd-xa-99999",
                "9.999999")))
                .isInstanceOfSatisfying(InvalidStatisticsQueryException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("from", "province", "unit", "procedure"));
        assertThatThrownBy(() -> statistics.totals(new StatisticsQuery(LocalDate.of(2001, 1, 1), LocalDate.of(2020, 1, 1), null,
                null, null)))
                .isInstanceOfSatisfying(InvalidStatisticsQueryException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("from"));
        assertThatThrownBy(() -> statistics.procedures(MARCH_2020, 100_000))
                .isInstanceOfSatisfying(InvalidStatisticsQueryException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("limit"));
        assertThat(statistics.totals(new StatisticsQuery(d, d, "01", "ubnd-xa-00004", "1.001193")).received()).isZero();
    }
}
