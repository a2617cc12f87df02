package vn.motcua.engine.statistics;


import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.Messages;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.catalogue.UnitNames;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.ChannelKind;
import vn.motcua.workflows.catalogue.Level;
import vn.motcua.workflows.catalogue.OnlineLevel;

/**
 * The public figures of the one-stop service (Decision 766/QĐ-TTg): totals, months, procedures,
 * the catalogue, and the service index, for a period and, optionally, a province, a unit and a
 * procedure. Reads the daily counters only. A cell below the unit level that counts fewer than
 * {@value #SMALLEST_PUBLISHED} dossiers is suppressed.
 */
@Service
public class Statistics {

    static final int SMALLEST_PUBLISHED = 5;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final long LONGEST_PERIOD_DAYS = 3660;

    private final CounterReader counters;
    private final ProcedureCatalogue catalogue;
    private final StaffDirectory directory;
    private final Clock clock;
    private final UnitNames unitNames;

    Statistics(CounterReader counters, ProcedureCatalogue catalogue, StaffDirectory directory, Clock clock, UnitNames unitNames) {
        this.counters = counters;
        this.catalogue = catalogue;
        this.directory = directory;
        this.clock = clock;
        this.unitNames = unitNames;
    }

    /** Field errors for a query that cannot be answered; nothing is read before it passes. */
    public void check(StatisticsQuery q) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (q.from() == null) {
            errors.put("from", Messages.text("statistics.date-required"));
        } else if (q.from().isBefore(EARLIEST)) {
            errors.put("from", Messages.text("statistics.from-too-early", EARLIEST.toString()));
        }
        if (q.to() == null) {
            errors.put("to", Messages.text("statistics.date-required"));
        } else if (q.to().isAfter(today.plusYears(1))) {
            errors.put("to", Messages.text("statistics.to-too-late"));
        }
        if (q.from() != null && q.to() != null) {
            if (q.to().isBefore(q.from())) {
                errors.put("to", Messages.text("statistics.period-inverted"));
            } else if (ChronoUnit.DAYS.between(q.from(), q.to()) > LONGEST_PERIOD_DAYS) {
                errors.put("from", Messages.text("statistics.period-too-long"));
            }
        }
        if (q.provinceCode() != null && !unitNames.isProvince(q.provinceCode())) {
            errors.put("province", Messages.text("statistics.unknown-province"));
        }
        if (q.unitCode() != null && !knownUnit(q.unitCode())) {
            errors.put("unit", Messages.text("statistics.unknown-unit"));
        }
        if (q.procedureCode() != null && catalogue.find(q.procedureCode()).isEmpty()) {
            errors.put("procedure", Messages.text("statistics.unknown-procedure"));
        }
        if (q.sector() != null && !catalogue.sectors().contains(q.sector())) {
            errors.put("sector", Messages.text("statistics.unknown-sector"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidStatisticsQueryException(errors);
        }
    }

    private boolean knownUnit(String code) {
        if (code.length() > 60) {
            return false;
        }
        return unitNames.isLocalUnit(code) || directory.hasUnit(code);
    }

    /** The sums the measurable indicators of the index need (read back by {@link #indexTotals}). */
    private static final List<CounterReader.Measure> INDEX_MEASURES = List.of(CounterReader.of(Counter.RECEIVED),
            CounterReader.ONLINE_RECEIVED, CounterReader.of(Counter.FINISHED_ON_TIME), CounterReader.of(Counter.FINISHED_LATE),
            CounterReader.of(Counter.PAID_ONLINE), CounterReader.of(Counter.FEE_BEARING_ONLINE), CounterReader.of(Counter.RATED),
            CounterReader.of(Counter.RATING_SUM));

    @Transactional(readOnly = true)
    public Figures.Totals totals(StatisticsQuery q) {
        check(q);
        List<CounterReader.Measure> measures = new ArrayList<>();
        for (Counter c : Counter.values()) {
            measures.add(CounterReader.of(c));
        }
        measures.add(CounterReader.ONLINE_RECEIVED);
        long[] v = counters.sums(q, List.of(), measures).getOrDefault(List.of(), new long[measures.size()]);
        return new Figures.Totals(v[Counter.RECEIVED.ordinal()], v[Counter.values().length], v[Counter.FINISHED_ON_TIME.ordinal()],
                v[Counter.FINISHED_LATE.ordinal()], v[Counter.REFUSED.ordinal()], v[Counter.WITHDRAWN.ordinal()], counters.inProgress(q),
                v[Counter.SUPPLEMENT_REQUESTED.ordinal()], v[Counter.FEE_BEARING_ONLINE.ordinal()],
                v[Counter.PAID_ONLINE.ordinal()], v[Counter.PROCESSING_MINUTES.ordinal()], v[Counter.RATED.ordinal()],
                v[Counter.RATING_SUM.ordinal()], List.of(v[Counter.RATED_1.ordinal()], v[Counter.RATED_2.ordinal()],
                        v[Counter.RATED_3.ordinal()], v[Counter.RATED_4.ordinal()], v[Counter.RATED_5.ordinal()]));
    }

    /** Dossiers received per month, by channel. */
    @Transactional(readOnly = true)
    public List<Figures.Month> months(StatisticsQuery q) {
        check(q);
        Map<String, long[]> byMonth = new TreeMap<>();
        counters.sums(q, List.of(CounterReader.Source::month, s -> s.column("channel")),
                List.of(CounterReader.of(Counter.RECEIVED))).forEach((key, v) -> {
            long[] counts = byMonth.computeIfAbsent(key.get(0), m -> new long[3]);
            int i = switch (ChannelKind.valueOf(key.get(1))) {
                case ONLINE -> 0;
                case IN_PERSON -> 1;
                default -> 2;
            };
            counts[i] += v[0];
        });
        return byMonth.entrySet().stream().map(e -> new Figures.Month(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).toList();
    }

    /** Per procedure, most received first; below the unit level, cells under five dossiers are suppressed. */
    @Transactional(readOnly = true)
    public List<Figures.ProcedureRow> procedures(StatisticsQuery q, int limit) {
        check(q);
        if (limit < 1 || limit > 200) {
            throw new InvalidStatisticsQueryException(Map.of("limit", Messages.text("statistics.limit")));
        }
        List<Figures.ProcedureRow> rows = new ArrayList<>();
        counters.sums(q, List.of(s -> s.column("procedure_code")), List.of(CounterReader.of(Counter.RECEIVED),
                CounterReader.of(Counter.FINISHED_ON_TIME), CounterReader.of(Counter.FINISHED_LATE),
                CounterReader.of(Counter.PROCESSING_MINUTES))).entrySet().stream()
                .sorted(java.util.Comparator.comparingLong((Map.Entry<List<String>, long[]> e) -> -e.getValue()[0])
                        .thenComparing(e -> e.getKey().get(0)))
                .limit(limit).forEach(e -> {
                    String code = e.getKey().get(0);
                    long[] v = e.getValue();
                    CatalogueEntry entry = catalogue.find(code).orElse(null);
                    long in = v[0];
                    long onTime = v[1];
                    long late = v[2];
                    Double statutory = entry == null ? null : statutoryDays(entry);
                    boolean suppressed = q.unitCode() != null && Math.max(in, onTime + late) < SMALLEST_PUBLISHED;
                    rows.add(suppressed
                            ? new Figures.ProcedureRow(code, entry == null ? code : entry.title(), null, null, null, null, statutory, true)
                            : new Figures.ProcedureRow(code, entry == null ? code : entry.title(), in, onTime, late,
                                    onTime + late == 0 ? null : v[3] / 1440.0 / (onTime + late), statutory, false));
                });
        return rows;
    }

    /** Procedures of the catalogue by level, and how many are online fully, partly or not at all. */
    public List<Figures.CatalogueRow> catalogue() {
        List<Figures.CatalogueRow> rows = new ArrayList<>();
        for (Level level : Level.values()) {
            List<CatalogueEntry> at = catalogue.allEntries().stream().filter(e -> e.levels().contains(level)).toList();
            if (!at.isEmpty()) {
                rows.add(row(level.vietnamese(), at));
            }
        }
        rows.add(row("Tổng số thủ tục", catalogue.allEntries()));
        return rows;
    }

    private static Figures.CatalogueRow row(String label, List<CatalogueEntry> entries) {
        long full = entries.stream().filter(e -> e.onlineLevel() == OnlineLevel.FULL).count();
        long partly = entries.stream().filter(e -> e.onlineLevel() == OnlineLevel.PARTIAL).count();
        return new Figures.CatalogueRow(label, entries.size(), full, partly, entries.size() - full - partly);
    }

    /**
     * The service index of Decision 766/QĐ-TTg for the query's scope: each indicator MotCua can
     * compute from its records, and the others shown as not measured (never a made-up number).
     */
    @Transactional(readOnly = true)
    public Figures.ServiceIndex serviceIndex(StatisticsQuery q) {
        Figures.Totals t = totals(q);
        String source = "Quyết định 766/QĐ-TTg ngày 23/6/2022, Phụ lục: Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp";
        return new Figures.ServiceIndex(List.of(
                new Figures.Indicator("Công khai, minh bạch", 18, null,
                        "Công khai thủ tục, tiến độ và kết quả trên Cổng: không đo được từ dữ liệu hồ sơ của MotCua", source),
                new Figures.Indicator("Tiến độ giải quyết", 20, scaled(t.onTimeShare(), 20),
                        "Hồ sơ giải quyết đúng hạn ÷ hồ sơ đã giải quyết có kết quả trong kỳ", source),
                new Figures.Indicator("Dịch vụ trực tuyến", 12, scaled(t.onlineShare(), 12),
                        "Hồ sơ nộp trực tuyến ÷ hồ sơ tiếp nhận trong kỳ", source),
                new Figures.Indicator("Số hóa hồ sơ", 22, null,
                        "Hồ sơ có kết quả điện tử ký số và thành phần hồ sơ tái sử dụng từ CSDL: MotCua chưa ghi nhận việc tái sử dụng theo từng hồ sơ",
                        source),
                new Figures.Indicator("Thanh toán trực tuyến", 10, scaled(t.paidOnlineShare(), 10),
                        "Hồ sơ trực tuyến có phí đã nộp phí trực tuyến ÷ hồ sơ trực tuyến có phí", source),
                new Figures.Indicator("Mức độ hài lòng", 18, t.averageRating() == null ? null : round(t.averageRating() / 5 * 18),
                        "Điểm đánh giá trung bình (1–5) ÷ 5 của các hồ sơ được người dân đánh giá trong kỳ", source)));
    }

    /**
     * Provinces (without a province in the query) or the units of the province, ranked by the index
     * points MotCua can measure, then by dossiers received. The same indicators as the service index.
     */
    @Transactional(readOnly = true)
    public List<Figures.RankRow> ranking(StatisticsQuery q) {
        check(q);
        String group = q.provinceCode() == null && q.unitCode() == null ? "province_code" : "unit_code";
        List<Figures.RankRow> rows = new ArrayList<>();
        counters.sums(q, List.of(s -> s.column(group)), INDEX_MEASURES).forEach((key, v) -> {
            Figures.Totals totals = indexTotals(v);
            MeasuredPoints points = MeasuredPoints.of(totals);
            rows.add(new Figures.RankRow(key.get(0), name(key.get(0)), totals.received(), totals.onTimeShare(), points.points(),
                    points.measurable()));
        });
        rows.sort(java.util.Comparator.comparingDouble((Figures.RankRow row) -> row.measurablePoints() == 0 ? 0
                        : row.points() / row.measurablePoints()).reversed()
                .thenComparing(Figures.RankRow::received, java.util.Comparator.reverseOrder()));
        return rows;
    }

    /**
     * The measured points of the service index month by month (the month-on-month trend), with
     * each month's measurable maximum: the same indicators as {@link #ranking}.
     */
    @Transactional(readOnly = true)
    public List<Figures.IndexMonth> indexTrend(StatisticsQuery q) {
        check(q);
        List<Figures.IndexMonth> trend = new ArrayList<>();
        new TreeMap<>(counters.sums(q, List.of(CounterReader.Source::month), INDEX_MEASURES).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().get(0), Map.Entry::getValue))).forEach((month, v) -> {
                    Figures.Totals totals = indexTotals(v);
                    MeasuredPoints points = MeasuredPoints.of(totals);
                    trend.add(new Figures.IndexMonth(month, totals.received(), totals.onTimeShare(), totals.onlineShare(),
                            totals.paidOnlineShare(), totals.averageRating(), points.points(), points.measurable()));
                });
        return trend;
    }

    private static Figures.Totals indexTotals(long[] v) {
        return new Figures.Totals(v[0], v[1], v[2], v[3], 0, 0, 0, 0, v[5], v[4], 0, v[6], v[7], List.of());
    }

    /** The points of the indicators MotCua measures, and the most they could give. */
    private record MeasuredPoints(double points, int measurable) {

        static MeasuredPoints of(Figures.Totals t) {
            List<Double> measured = java.util.Arrays.asList(scaled(t.onTimeShare(), 20), scaled(t.onlineShare(), 12),
                    scaled(t.paidOnlineShare(), 10), t.averageRating() == null ? null : round(t.averageRating() / 5 * 18));
            int[] max = {20, 12, 10, 18};
            double points = 0;
            int measurable = 0;
            for (int i = 0; i < max.length; i++) {
                if (measured.get(i) != null) {
                    points += measured.get(i);
                    measurable += max[i];
                }
            }
            return new MeasuredPoints(round(points), measurable);
        }
    }

    /** A province's or a unit's name: "Công an Phường Ba Đình" for ca-xa-00004. */
    private String name(String code) {
        return unitNames.nameOf(code).orElse(code);
    }

    /** The statutory time of the online channel (or the first), in days; hours count as parts of a day. */
    private static Double statutoryDays(CatalogueEntry entry) {
        return entry.channels().stream().sorted((a, b) -> a.kind() == ChannelKind.ONLINE ? -1 : b.kind() == ChannelKind.ONLINE ? 1 : 0)
                .map(CatalogueEntry.Channel::processingTime).filter(t -> t != null && t.amount() != null && t.unit() != null)
                .findFirst().map(t -> switch (t.unit()) {
                    case HOURS -> t.amount().doubleValue() / 8;
                    case MONTHS -> t.amount().doubleValue() * 30;
                    default -> t.amount().doubleValue();
                })
                .orElse(null);
    }

    private static Double scaled(Double share, int points) {
        return share == null ? null : round(share * points);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
