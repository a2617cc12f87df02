package vn.motcua.ui.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.engine.statistics.Figures;
import vn.motcua.engine.statistics.InvalidStatisticsQueryException;
import vn.motcua.engine.statistics.Statistics;
import vn.motcua.engine.statistics.StatisticsQuery;

/**
 * Open data: the public statistics as JSON, or CSV with {@code format=csv}. Counts only, no
 * personal data; cacheable for a minute (the figures are live within that).
 */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsApiController {

    private static final CacheControl ONE_MINUTE = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();

    private final Statistics statistics;
    private final Clock clock;
    private final CsvMapper csv = new CsvMapper();

    StatisticsApiController(Statistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @Operation(summary = "Totals of a period: received, on time, late, refused, withdrawn, in progress, rates")
    @GetMapping("/totals")
    ResponseEntity<?> totals(@Parameter(description = "first day, yyyy-MM-dd (default: a year ago)") @RequestParam(required = false) String from,
                             @Parameter(description = "last day, yyyy-MM-dd (default: today)") @RequestParam(required = false) String to,
                             @Parameter(description = "province code, e.g. 01") @RequestParam(required = false) String province,
                             @Parameter(description = "receiving unit, e.g. ubnd-xa-00004") @RequestParam(required = false) String unit,
                             @Parameter(description = "procedure code, e.g. 1.001193") @RequestParam(required = false) String procedure,
                             @Parameter(description = "sector (lĩnh vực) as the catalogue names it, e.g. Hộ tịch") @RequestParam(required = false) String sector,
                             @Parameter(description = "json (default) or csv") @RequestParam(required = false) String format) {
        Figures.Totals t = answer(() -> statistics.totals(query(from, to, province, unit, procedure, sector)));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("received", t.received());
        row.put("receivedOnline", t.receivedOnline());
        row.put("onTime", t.onTime());
        row.put("late", t.late());
        row.put("refused", t.refused());
        row.put("withdrawn", t.withdrawn());
        row.put("inProgress", t.inProgress());
        row.put("onTimeShare", t.onTimeShare());
        row.put("onlineShare", t.onlineShare());
        row.put("supplementRate", t.supplementRate());
        row.put("paidOnlineShare", t.paidOnlineShare());
        row.put("averageProcessingDays", t.averageProcessingDays());
        row.put("averageRating", t.averageRating());
        for (int stars = 1; stars <= 5; stars++) {
            row.put("rated" + stars, t.ratedByStars().get(stars - 1));
        }
        return respond(new Columns(row.keySet().toArray(String[]::new)), List.of(row), format, "totals", row);
    }

    @Operation(summary = "Dossiers received per month, by channel")
    @GetMapping("/months")
    ResponseEntity<?> months(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String province, @RequestParam(required = false) String unit,
                             @RequestParam(required = false) String procedure, @RequestParam(required = false) String sector,
                             @RequestParam(required = false) String format) {
        List<Figures.Month> months = answer(() -> statistics.months(query(from, to, province, unit, procedure, sector)));
        Columns columns = new Columns("month", "online", "inPerson", "postal");
        return respond(columns, months.stream().map(m -> columns.row(m.month(), m.online(), m.inPerson(), m.postal())).toList(),
                format, "months", months);
    }

    @Operation(summary = "Per procedure, most received first; cells of fewer than 5 dossiers below the unit level suppressed")
    @GetMapping("/procedures")
    ResponseEntity<?> procedures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String province, @RequestParam(required = false) String unit,
                                 @RequestParam(required = false) String procedure, @RequestParam(required = false) String sector,
                             @RequestParam(required = false) String format,
                                 @Parameter(description = "rows, 1 to 200") @RequestParam(defaultValue = "20") String limit) {
        QueryParameters parameters = new QueryParameters();
        int rows = parameters.intValue("limit", limit, 1, 200);
        parameters.throwIfInvalid();
        List<Figures.ProcedureRow> procedures = answer(() -> statistics.procedures(query(from, to, province, unit, procedure, sector), rows));
        Columns columns = new Columns("procedureCode", "title", "received", "onTime", "late", "averageProcessingDays",
                "statutoryDays", "suppressed");
        return respond(columns, procedures.stream().map(p -> columns.row(p.procedureCode(), p.title(), p.received(), p.onTime(),
                p.late(), p.averageProcessingDays(), p.statutoryDays(), p.suppressed())).toList(), format, "procedures", procedures);
    }

    @Operation(summary = "The Decision 766/QĐ-TTg service index: each indicator, measured or not, with its definition")
    @GetMapping("/service-index")
    ResponseEntity<?> serviceIndex(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                   @RequestParam(required = false) String province, @RequestParam(required = false) String unit,
                                   @RequestParam(required = false) String procedure, @RequestParam(required = false) String sector,
                             @RequestParam(required = false) String format) {
        Figures.ServiceIndex index = answer(() -> statistics.serviceIndex(query(from, to, province, unit, procedure, sector)));
        Columns columns = new Columns("group", "maxPoints", "points", "measured", "definition", "source");
        return respond(columns, index.indicators().stream().map(i -> columns.row(i.group(), i.maxPoints(), i.points(),
                i.measured(), i.definition(), i.source())).toList(), format, "service-index", Map.of("points", index.points(), "measurablePoints", index.measurablePoints(),
                        "indicators", index.indicators()));
    }

    @Operation(summary = "Provinces (or, with a province, its units) ranked by the service index points MotCua measures")
    @GetMapping("/ranking")
    ResponseEntity<?> ranking(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) String province, @RequestParam(required = false) String unit,
                              @RequestParam(required = false) String procedure, @RequestParam(required = false) String sector,
                             @RequestParam(required = false) String format) {
        List<Figures.RankRow> rows = answer(() -> statistics.ranking(query(from, to, province, unit, procedure, sector)));
        Columns columns = new Columns("code", "name", "received", "onTimeShare", "points", "measurablePoints");
        return respond(columns, rows.stream().map(r -> columns.row(r.code(), r.name(), r.received(), r.onTimeShare(),
                r.points(), r.measurablePoints())).toList(), format, "ranking", rows);
    }

    @Operation(summary = "The service index month by month: the measured indicators and their points")
    @GetMapping("/index-trend")
    ResponseEntity<?> indexTrend(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String province, @RequestParam(required = false) String unit,
                                 @RequestParam(required = false) String procedure, @RequestParam(required = false) String sector,
                             @RequestParam(required = false) String format) {
        List<Figures.IndexMonth> trend = answer(() -> statistics.indexTrend(query(from, to, province, unit, procedure, sector)));
        Columns columns = new Columns("month", "received", "onTimeShare", "onlineShare", "paidOnlineShare", "averageRating",
                "points", "measurablePoints");
        return respond(columns, trend.stream().map(m -> columns.row(m.month(), m.received(), m.onTimeShare(), m.onlineShare(),
                m.paidOnlineShare(), m.averageRating(), m.points(), m.measurablePoints())).toList(), format, "index-trend", trend);
    }

    @Operation(summary = "Procedures of the catalogue by level and online level")
    @GetMapping("/catalogue")
    ResponseEntity<?> catalogue(@RequestParam(required = false) String format) {
        List<Figures.CatalogueRow> rows = statistics.catalogue();
        Columns columns = new Columns("level", "procedures", "fullyOnline", "partlyOnline", "notOnline");
        return respond(columns, rows.stream().map(r -> columns.row(r.level(), r.procedures(), r.fullyOnline(), r.partlyOnline(),
                r.notOnline())).toList(), format, "catalogue", rows);
    }

    private StatisticsQuery query(String from, String to, String province, String unit, String procedure, String sector) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate last = date("to", to, today, errors);
        LocalDate first = date("from", from, (last == null ? today : last).minusYears(1).plusDays(1), errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new StatisticsQuery(first, last, blankToNull(province), blankToNull(unit), blankToNull(procedure),
                blankToNull(sector));
    }

    private static LocalDate date(String field, String value, LocalDate otherwise, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, vn.motcua.engine.Messages.text("api.date-format"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> T answer(java.util.function.Supplier<T> figures) {
        try {
            return figures.get();
        } catch (InvalidStatisticsQueryException e) {
            throw new InvalidParametersException(e.fieldErrors());
        }
    }

    /** The columns of a table, declared once: the CSV header (also of an empty table) and each row's keys. */
    private record Columns(String... names) {

        Map<String, Object> row(Object... values) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                row.put(names[i], values[i]);
            }
            return row;
        }
    }

    private ResponseEntity<?> respond(Columns columns, List<Map<String, Object>> rows, String format, String name, Object json) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return ResponseEntity.ok().cacheControl(ONE_MINUTE).contentType(MediaType.APPLICATION_JSON).body(json);
        }
        if (!format.equalsIgnoreCase("csv")) {
            throw new InvalidParametersException(Map.of("format", vn.motcua.engine.Messages.text("api.format")));
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String column : columns.names()) {
            schema.addColumn(column);
        }
        try {
            byte[] body = csv.writer(schema.build()).writeValueAsString(rows).getBytes(StandardCharsets.UTF_8);
            return ResponseEntity.ok().cacheControl(ONE_MINUTE)
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"motcua-" + name + ".csv\"").body(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Statistics rows that CSV cannot hold", e);
        }
    }
}
