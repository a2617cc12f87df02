package vn.motcua.engine.statistics;

import static vn.motcua.db.Tables.STAT_DOSSIER;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.engine.OnlyWithDemoData;
import vn.motcua.engine.catalogue.ShippedAdminUnits;
import vn.motcua.workflows.adminunits.AdminUnits;
import vn.motcua.engine.lifecycle.DossierEvent;
import vn.motcua.engine.lifecycle.DossierRated;
import vn.motcua.engine.lifecycle.DossierRegistered;
import vn.motcua.engine.lifecycle.DossierStatus;
import vn.motcua.engine.lifecycle.DossierStatusChanged;
import vn.motcua.engine.lifecycle.DossierSubmitted;
import vn.motcua.engine.lifecycle.FeePaid;
import vn.motcua.engine.lifecycle.SupplementRequested;

/**
 * A year of realistic history for demonstrations and benchmarks ({@code MOTCUA_DEMO_HISTORY=<dossiers>},
 * off by default, and never in {@code prod}: {@link OnlyWithDemoData}). It makes the lifecycle
 * events a year of dossiers would have produced and applies them with the live system's
 * {@link StatisticsRules}, so the statistics of generated and live dossiers are computed by the same
 * code; only the writing is batched ({@link HistoryBatch}). It writes the statistics' own tables, not
 * dossiers that would need a process instance behind them: arrivals on working days with a dip around Tết, procedures as
 * skewed as in real life (residence, civil status and passports dominate), on-time rates that
 * differ by unit, supplements, refusals, withdrawals, online payments and ratings. Deterministic
 * (fixed seed); runs once per data directory, in the background after start-up.
 */
@Component
@OnlyWithDemoData
public class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final int BATCH = 20_000;

    /** Procedure, weight (share of arrivals), and the level whose unit receives it. */
    private record Procedure(String code, int weight, String unitPrefix, boolean province, boolean feeBearing) {
    }

    private static final List<Procedure> PROCEDURES = List.of(
            new Procedure("1.004194", 20, "ca-xa-", false, true),   // đăng ký tạm trú
            new Procedure("1.004222", 14, "ca-xa-", false, true),   // đăng ký thường trú
            new Procedure("1.001193", 16, "ubnd-xa-", false, false), // đăng ký khai sinh
            new Procedure("1.000894", 6, "ubnd-xa-", false, false),  // đăng ký kết hôn
            new Procedure("2.000986", 8, "ubnd-xa-", false, false),  // liên thông khai sinh, thường trú, BHYT
            new Procedure("1.001456", 18, "ca-tinh-", true, true),   // hộ chiếu phổ thông
            new Procedure("1.004772", 6, "ubnd-xa-", false, false),
            new Procedure("2.001159", 12, "ca-xa-", false, false));  // thông báo lưu trú

    /** The demo wards (with staff: Hà Nội, Đà Nẵng, Hồ Chí Minh City) receive a larger share. */
    private static final List<String> DEMO_WARDS = List.of("00004", "00008", "00025", "20194", "20197", "25747", "25750");
    private static final int DEMO_WARD_WEIGHT = 4;
    private static final int WARDS_PER_PROVINCE = 3;

    /** A ward the history is spread over, with its province. */
    private record Ward(String code, String province) {
    }

    private final StatisticsRules rules;
    private final TransactionTemplate transaction;
    private final DSLContext sql;
    private final Clock clock;
    private final int dossiers;
    /** The demo wards several times over, and the first wards of every province: the ranking shows all 34. */
    private final List<Ward> wards = new ArrayList<>();

    DemoHistory(StatisticsRules rules, TransactionTemplate transaction, DSLContext sql, Clock clock,
                @Value("${motcua.demo.history:0}") int dossiers) {
        this.rules = rules;
        this.transaction = transaction;
        this.sql = sql;
        this.clock = clock;
        this.dossiers = dossiers;
        for (AdminUnits.Province province : ShippedAdminUnits.read().provinces()) {
            province.wards().stream().map(AdminUnits.Ward::code).sorted().limit(WARDS_PER_PROVINCE)
                    .forEach(w -> wards.add(new Ward(w, province.code())));
            province.wards().stream().map(AdminUnits.Ward::code).filter(DEMO_WARDS::contains)
                    .forEach(w -> java.util.stream.IntStream.range(0, DEMO_WARD_WEIGHT).forEach(i -> wards.add(new Ward(w, province.code()))));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void generateInTheBackground() {
        if (dossiers <= 0 || sql.fetchExists(STAT_DOSSIER, STAT_DOSSIER.DOSSIER_CODE.like("%-H%"))) {
            return;
        }
        Thread generator = new Thread(() -> generate(dossiers), "demo-history");
        generator.setDaemon(true);
        generator.start();
    }

    /** Generates {@code count} dossiers over the year before today; returns how long it took in ms. */
    public long generate(int count) {
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(766);
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> days = new ArrayList<>();
        List<Double> dayWeights = new ArrayList<>();
        double totalWeight = 0;
        for (LocalDate d = today.minusYears(1); d.isBefore(today); d = d.plusDays(1)) {
            double w = weightOf(d);
            days.add(d);
            dayWeights.add(totalWeight += w);
        }
        int procedureWeights = PROCEDURES.stream().mapToInt(Procedure::weight).sum();
        List<DossierEvent> events = new ArrayList<>(8);
        HistoryBatch batch = new HistoryBatch();
        // one batch is written while the next is made: the two cores share the work
        ExecutorService writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
                runnable -> new Thread(runnable, "demo-history-writer"), new ThreadPoolExecutor.CallerRunsPolicy());
        List<Future<?>> written = new ArrayList<>();
        try {
            for (int n = 0; n < count; n++) {
                LocalDate day = days.get(pick(dayWeights, random.nextDouble() * totalWeight));
                Procedure procedure = pickProcedure(random.nextInt(procedureWeights));
                Ward ward = wards.get(random.nextInt(wards.size()));
                String unit = procedure.unitPrefix() + (procedure.province() ? ward.province() : ward.code());
                events(events, n, day, procedure, unit, ward.province(), random);
                for (DossierEvent e : events) {
                    rules.apply(e, batch);
                }
                events.clear();
                if (batch.size() >= BATCH) {
                    written.add(write(writer, batch));
                    batch = new HistoryBatch();
                }
            }
            written.add(write(writer, batch));
            for (Future<?> w : written) {
                w.get(); // a failed batch fails the generation, loudly
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo history interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Demo history could not be written", e.getCause());
        } finally {
            writer.shutdown();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Demo history: {} dossiers in {} ms", count, millis);
        return millis;
    }

    private void events(List<DossierEvent> out, int n, LocalDate day, Procedure procedure, String unit, String province,
                        SplittableRandom random) {
        String code = unit + "-" + day.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-H" + n;
        LocalDateTime filed = day.atTime(7 + random.nextInt(10), random.nextInt(60));
        String channel = random.nextInt(100) < 68 ? "ONLINE" : random.nextInt(10) < 9 ? "IN_PERSON" : "POSTAL";
        boolean paidAtFiling = procedure.feeBearing() && channel.equals("ONLINE") && random.nextInt(100) < 55;
        LocalDateTime due = filed.plusDays(procedure.province() ? 8 : 3).withHour(17).withMinute(0);
        out.add(new DossierSubmitted(code, procedure.code(), unit, province, "000000000000", channel, paidAtFiling, at(filed)));
        out.add(new DossierRegistered(code, at(due), at(filed)));
        if (procedure.feeBearing() && channel.equals("ONLINE") && !paidAtFiling && random.nextInt(100) < 60) {
            out.add(new FeePaid(code, 10_000, at(filed.plusHours(1))));
        }
        boolean supplement = random.nextInt(100) < 9;
        if (supplement) {
            out.add(new SupplementRequested(code, "Bổ sung giấy tờ", at(filed.plusHours(3))));
        }
        // units differ: the ward committees of Hà Nội are quicker than the others
        int lateShare = unit.startsWith("ubnd-xa-000") ? 4 : unit.startsWith("ca-tinh") ? 12 : 8;
        int roll = random.nextInt(100);
        LocalDateTime end;
        DossierStatus outcome;
        if (roll < 3) {
            outcome = DossierStatus.REFUSED;
            end = filed.plusDays(1);
        } else if (supplement && roll < 6) {
            outcome = DossierStatus.WITHDRAWN;
            end = filed.plusDays(16);
        } else {
            outcome = DossierStatus.COMPLETED;
            boolean late = random.nextInt(100) < lateShare;
            end = late ? due.plusDays(1 + random.nextInt(5)) : filed.plusHours(2 + random.nextInt((int) java.time.Duration
                    .between(filed, due).toHours() - 1));
        }
        if (!end.toLocalDate().isBefore(LocalDate.now(clock))) {
            return; // still open today
        }
        out.add(new DossierStatusChanged(code, DossierStatus.IN_PROGRESS, outcome, at(end)));
        if (outcome == DossierStatus.COMPLETED && random.nextInt(100) < 35) {
            int stars = random.nextInt(100) < 70 ? 5 : random.nextInt(100) < 60 ? 4 : 1 + random.nextInt(3);
            out.add(new DossierRated(code, stars, at(end.plusHours(5))));
        }
    }

    private Future<?> write(ExecutorService writer, HistoryBatch batch) {
        return writer.submit(() -> transaction.executeWithoutResult(tx -> batch.write(sql)));
    }

    /** Working days count fully, Saturday mornings a little, and the weeks around Tết hardly at all. */
    private static double weightOf(LocalDate day) {
        double w = day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.02 : day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.15 : 1.0;
        MonthDay md = MonthDay.from(day);
        boolean aroundTet = !md.isBefore(MonthDay.of(1, 25)) && !md.isAfter(MonthDay.of(2, 20));
        double season = md.getMonthValue() == 8 || md.getMonthValue() == 9 ? 1.2 : 1.0; // the school year: residence, passports
        return w * (aroundTet ? 0.3 : season);
    }

    private static int pick(List<Double> cumulative, double target) {
        int i = java.util.Collections.binarySearch(cumulative, target);
        return Math.min(i >= 0 ? i : -i - 1, cumulative.size() - 1);
    }

    private static Procedure pickProcedure(int roll) {
        for (Procedure p : PROCEDURES) {
            if ((roll -= p.weight()) < 0) {
                return p;
            }
        }
        return PROCEDURES.get(0);
    }

    private Instant at(LocalDateTime time) {
        return time.atZone(clock.getZone()).toInstant();
    }
}
