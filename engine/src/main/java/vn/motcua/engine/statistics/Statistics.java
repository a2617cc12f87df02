package vn.motcua.engine.statistics;

import static org.jooq.impl.DSL.sum;
import static vn.motcua.db.Tables.STAT_DAILY;
import static vn.motcua.db.Tables.STAT_DOSSIER;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.Messages;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.catalogue.ShippedAdminUnits;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.workflows.adminunits.AdminUnits;
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
    private static final Pattern LOCAL_UNIT = Pattern.compile("(ubnd|ca|bhxh)-(xa|tinh)-(\\d{2,5})");

    private final DSLContext sql;
    private final ProcedureCatalogue catalogue;
    private final StaffDirectory directory;
    private final Clock clock;
    /** Province and ward codes with their names, read once: queries check codes, the ranking names rows. */
    private final Map<String, AdminUnits.Province> provinces;
    private final Map<String, String> wardNames;

    Statistics(DSLContext sql, ProcedureCatalogue catalogue, StaffDirectory directory, Clock clock) {
        this.sql = sql;
        this.catalogue = catalogue;
        this.directory = directory;
        this.clock = clock;
        AdminUnits units = ShippedAdminUnits.read();
        this.provinces = units.provinces().stream().collect(Collectors.toMap(AdminUnits.Province::code, p -> p));
        this.wardNames = units.provinces().stream().flatMap(p -> p.wards().stream())
                .collect(Collectors.toMap(AdminUnits.Ward::code, AdminUnits.Ward::fullName));
    }

    /** Field errors for a query that cannot be answered; nothing is read before it passes. */
    public void check(StatisticsQuery q) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (q.from() == null) {
            errors.put("from", Messages.bilingual("statistics.date-required"));
        } else if (q.from().isBefore(EARLIEST)) {
            errors.put("from", Messages.bilingual("statistics.from-too-early", EARLIEST.toString()));
        }
        if (q.to() == null) {
            errors.put("to", Messages.bilingual("statistics.date-required"));
        } else if (q.to().isAfter(today.plusYears(1))) {
            errors.put("to", Messages.bilingual("statistics.to-too-late"));
        }
        if (q.from() != null && q.to() != null) {
            if (q.to().isBefore(q.from())) {
                errors.put("to", Messages.bilingual("statistics.period-inverted"));
            } else if (ChronoUnit.DAYS.between(q.from(), q.to()) > LONGEST_PERIOD_DAYS) {
                errors.put("from", Messages.bilingual("statistics.period-too-long"));
            }
        }
        if (q.provinceCode() != null && !provinces.containsKey(q.provinceCode())) {
            errors.put("province", Messages.bilingual("statistics.unknown-province"));
        }
        if (q.unitCode() != null && !knownUnit(q.unitCode())) {
            errors.put("unit", Messages.bilingual("statistics.unknown-unit"));
        }
        if (q.procedureCode() != null && catalogue.find(q.procedureCode()).isEmpty()) {
            errors.put("procedure", Messages.bilingual("statistics.unknown-procedure"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidStatisticsQueryException(errors);
        }
    }

    private boolean knownUnit(String code) {
        if (code.length() > 60) {
            return false;
        }
        Matcher local = LOCAL_UNIT.matcher(code);
        if (local.matches()) {
            return local.group(2).equals("xa") ? wardNames.containsKey(local.group(3)) : provinces.containsKey(local.group(3));
        }
        return directory.hasUnit(code);
    }

    private Condition scope(StatisticsQuery q) {
        Condition c = STAT_DAILY.DAY.between(q.from(), q.to());
        if (q.provinceCode() != null) {
            c = c.and(STAT_DAILY.PROVINCE_CODE.eq(q.provinceCode()));
        }
        if (q.unitCode() != null) {
            c = c.and(STAT_DAILY.UNIT_CODE.eq(q.unitCode()));
        }
        if (q.procedureCode() != null) {
            c = c.and(STAT_DAILY.PROCEDURE_CODE.eq(q.procedureCode()));
        }
        return c;
    }

    private static Field<BigDecimal> total(Field<? extends Number> counter) {
        return DSL.coalesce(sum(counter.coerce(Long.class)), BigDecimal.ZERO);
    }

    @Transactional(readOnly = true)
    public Figures.Totals totals(StatisticsQuery q) {
        check(q);
        var r = sql.select(total(STAT_DAILY.RECEIVED), total(STAT_DAILY.FINISHED_ON_TIME), total(STAT_DAILY.FINISHED_LATE),
                        total(STAT_DAILY.REFUSED), total(STAT_DAILY.WITHDRAWN), total(STAT_DAILY.SUPPLEMENT_REQUESTED),
                        total(STAT_DAILY.PAID_ONLINE), total(STAT_DAILY.PROCESSING_MINUTES), total(STAT_DAILY.RATED),
                        total(STAT_DAILY.RATING_SUM), total(STAT_DAILY.RATED_1), total(STAT_DAILY.RATED_2),
                        total(STAT_DAILY.RATED_3), total(STAT_DAILY.RATED_4), total(STAT_DAILY.RATED_5))
                .from(STAT_DAILY).where(scope(q)).fetchOne();
        var more = sql.select(total(DSL.when(STAT_DAILY.CHANNEL.eq(ChannelKind.ONLINE.name()), STAT_DAILY.RECEIVED).otherwise(0)),
                        total(STAT_DAILY.FEE_BEARING_ONLINE))
                .from(STAT_DAILY).where(scope(q)).fetchOne();
        long online = n(more.value1());
        long feeBearingReceived = n(more.value2());
        return new Figures.Totals(n(r.value1()), online, n(r.value2()), n(r.value3()), n(r.value4()), n(r.value5()),
                inProgress(q), n(r.value6()), feeBearingReceived, n(r.value7()), n(r.value8()), n(r.value9()), n(r.value10()),
                List.of(n(r.value11()), n(r.value12()), n(r.value13()), n(r.value14()), n(r.value15())));
    }

    /** Dossiers filed by the end of the period and not finished: one indexed range of open dossiers. */
    private long inProgress(StatisticsQuery q) {
        Condition c = STAT_DOSSIER.FINISHED_AT.isNull().and(STAT_DOSSIER.DAY.le(q.to()));
        if (q.provinceCode() != null) {
            c = c.and(STAT_DOSSIER.PROVINCE_CODE.eq(q.provinceCode()));
        }
        if (q.unitCode() != null) {
            c = c.and(STAT_DOSSIER.UNIT_CODE.eq(q.unitCode()));
        }
        if (q.procedureCode() != null) {
            c = c.and(STAT_DOSSIER.PROCEDURE_CODE.eq(q.procedureCode()));
        }
        return sql.fetchCount(STAT_DOSSIER, c);
    }

    /** Dossiers received per month, by channel. */
    @Transactional(readOnly = true)
    public List<Figures.Month> months(StatisticsQuery q) {
        check(q);
        Field<String> month = DSL.field("DATE_FORMAT({0}, '%Y-%m')", String.class, STAT_DAILY.DAY);
        Map<String, long[]> byMonth = new TreeMap<>();
        sql.select(month, STAT_DAILY.CHANNEL, total(STAT_DAILY.RECEIVED)).from(STAT_DAILY).where(scope(q))
                .groupBy(month, STAT_DAILY.CHANNEL).forEach(r -> {
                    long[] counts = byMonth.computeIfAbsent(r.value1(), m -> new long[3]);
                    int i = switch (ChannelKind.valueOf(r.value2())) {
                        case ONLINE -> 0;
                        case IN_PERSON -> 1;
                        default -> 2;
                    };
                    counts[i] += n(r.value3());
                });
        return byMonth.entrySet().stream().map(e -> new Figures.Month(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).toList();
    }

    /** Per procedure, most received first; below the unit level, cells under five dossiers are suppressed. */
    @Transactional(readOnly = true)
    public List<Figures.ProcedureRow> procedures(StatisticsQuery q, int limit) {
        check(q);
        if (limit < 1 || limit > 200) {
            throw new InvalidStatisticsQueryException(Map.of("limit", Messages.bilingual("statistics.limit")));
        }
        Field<BigDecimal> received = total(STAT_DAILY.RECEIVED);
        List<Figures.ProcedureRow> rows = new ArrayList<>();
        sql.select(STAT_DAILY.PROCEDURE_CODE, received, total(STAT_DAILY.FINISHED_ON_TIME), total(STAT_DAILY.FINISHED_LATE),
                        total(STAT_DAILY.PROCESSING_MINUTES))
                .from(STAT_DAILY).where(scope(q)).groupBy(STAT_DAILY.PROCEDURE_CODE)
                .orderBy(received.desc(), STAT_DAILY.PROCEDURE_CODE).limit(limit).forEach(r -> {
                    String code = r.value1();
                    CatalogueEntry entry = catalogue.find(code).orElse(null);
                    long in = n(r.value2());
                    long onTime = n(r.value3());
                    long late = n(r.value4());
                    Double statutory = entry == null ? null : statutoryDays(entry);
                    boolean suppressed = q.unitCode() != null && Math.max(in, onTime + late) < SMALLEST_PUBLISHED;
                    rows.add(suppressed
                            ? new Figures.ProcedureRow(code, entry == null ? code : entry.title(), null, null, null, null, statutory, true)
                            : new Figures.ProcedureRow(code, entry == null ? code : entry.title(), in, onTime, late,
                                    onTime + late == 0 ? null : n(r.value5()) / 1440.0 / (onTime + late), statutory, false));
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
        Field<String> group = q.provinceCode() == null && q.unitCode() == null ? STAT_DAILY.PROVINCE_CODE : STAT_DAILY.UNIT_CODE;
        Condition online = STAT_DAILY.CHANNEL.eq(ChannelKind.ONLINE.name());
        Field<BigDecimal> onlineReceived = total(DSL.when(online, STAT_DAILY.RECEIVED).otherwise(0));
        Field<BigDecimal> feeBearingOnline = total(STAT_DAILY.FEE_BEARING_ONLINE);
        List<Figures.RankRow> rows = new ArrayList<>();
        sql.select(group, total(STAT_DAILY.RECEIVED), onlineReceived, total(STAT_DAILY.FINISHED_ON_TIME),
                        total(STAT_DAILY.FINISHED_LATE), total(STAT_DAILY.PAID_ONLINE), feeBearingOnline, total(STAT_DAILY.RATED),
                        total(STAT_DAILY.RATING_SUM))
                .from(STAT_DAILY).where(scope(q)).groupBy(group).forEach(r -> {
                    Figures.Totals t = new Figures.Totals(n(r.value2()), n(r.value3()), n(r.value4()), n(r.value5()), 0, 0, 0, 0,
                            n(r.value7()), n(r.value6()), 0, n(r.value8()), n(r.value9()), List.of());
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
                    rows.add(new Figures.RankRow(r.value1(), name(r.value1()), t.received(), t.onTimeShare(), round(points), measurable));
                });
        rows.sort(java.util.Comparator.comparingDouble((Figures.RankRow row) -> row.measurablePoints() == 0 ? 0
                        : row.points() / row.measurablePoints()).reversed()
                .thenComparing(Figures.RankRow::received, java.util.Comparator.reverseOrder()));
        return rows;
    }

    /** A province's or a unit's name: "Công an Phường Ba Đình" for ca-xa-00004. */
    private String name(String code) {
        AdminUnits.Province province = provinces.get(code);
        if (province != null) {
            return province.name();
        }
        Matcher local = LOCAL_UNIT.matcher(code);
        if (!local.matches()) {
            return code;
        }
        String agency = switch (local.group(1)) {
            case "ca" -> "Công an ";
            case "bhxh" -> "Bảo hiểm xã hội ";
            default -> "Ủy ban nhân dân ";
        };
        String place = local.group(2).equals("xa") ? wardNames.getOrDefault(local.group(3), local.group(3))
                : provinces.containsKey(local.group(3)) ? provinces.get(local.group(3)).fullName() : local.group(3);
        return agency + place;
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
