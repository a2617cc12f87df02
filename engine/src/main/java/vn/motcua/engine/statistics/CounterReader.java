package vn.motcua.engine.statistics;

import static org.jooq.impl.DSL.sum;
import static vn.motcua.db.Tables.STAT_DAILY;
import static vn.motcua.db.Tables.STAT_DOSSIER;
import static vn.motcua.db.Tables.STAT_MONTHLY;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.ChannelKind;

/**
 * Reads the counters of a checked query: the sums of chosen measures per group over the period's
 * sources (whole months from stat_monthly, edge days from stat_daily), and the dossiers still open.
 * {@link Statistics} decides what to ask and what the sums mean.
 */
@Component
class CounterReader {

    private final DSLContext sql;
    private final ProcedureCatalogue catalogue;
    private final Clock clock;

    CounterReader(DSLContext sql, ProcedureCatalogue catalogue, Clock clock) {
        this.sql = sql;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Where counters are read from: stat_daily or stat_monthly, its day column, and the rows of the query. */
    record Source(Table<?> table, Field<LocalDate> day, Condition where) {

        Field<String> column(String name) {
            return table.field(name, String.class);
        }

        Field<String> month() {
            return DSL.field("DATE_FORMAT({0}, '%Y-%m')", String.class, day);
        }
    }

    /** A sum the figures need, as a column expression of either counter table. */
    interface Measure extends Function<Table<?>, Field<? extends Number>> {
    }

    static final Measure ONLINE_RECEIVED = t -> DSL.when(t.field("channel", String.class)
            .eq(ChannelKind.ONLINE.name()), Counter.RECEIVED.in(t)).otherwise(0);

    static Measure of(Counter counter) {
        return counter::in;
    }

    /**
     * The counter rows of the query: whole months of the period from stat_monthly, the days at its
     * edges from stat_daily, both narrowed by the query's province, unit and procedure. Each source
     * is summed on its own (its indexes used, nothing materialised) and the sums are added in Java.
     */
    private List<Source> sources(StatisticsQuery q) {
        LocalDate firstWholeMonth = q.from().getDayOfMonth() == 1 ? q.from() : q.from().withDayOfMonth(1).plusMonths(1);
        // nothing is counted on a day that has not come yet: a period up to today or later takes the
        // current month whole from the roll-up (the usual "last twelve months" reads two edge days)
        LocalDate today = LocalDate.now(clock);
        LocalDate afterWholeMonths = (q.to().isBefore(today) ? q.to().plusDays(1) : today.plusMonths(1)).withDayOfMonth(1);
        if (!firstWholeMonth.isBefore(afterWholeMonths)) {
            return List.of(source(STAT_DAILY, STAT_DAILY.DAY, STAT_DAILY.DAY.between(q.from(), q.to()), q));
        }
        Condition edges = STAT_DAILY.DAY.ge(q.from()).and(STAT_DAILY.DAY.lt(firstWholeMonth))
                .or(STAT_DAILY.DAY.ge(afterWholeMonths).and(STAT_DAILY.DAY.le(q.to())));
        return List.of(source(STAT_DAILY, STAT_DAILY.DAY, edges, q), source(STAT_MONTHLY, STAT_MONTHLY.MONTH,
                STAT_MONTHLY.MONTH.ge(firstWholeMonth).and(STAT_MONTHLY.MONTH.lt(afterWholeMonths)), q));
    }

    private Source source(Table<?> table, Field<LocalDate> day, Condition period, StatisticsQuery q) {
        Condition c = period;
        if (q.sector() != null) {
            c = c.and(table.field("procedure_code", String.class).in(proceduresOf(q.sector())));
        }
        if (q.provinceCode() != null) {
            c = c.and(table.field("province_code", String.class).eq(q.provinceCode()));
        }
        if (q.unitCode() != null) {
            c = c.and(table.field("unit_code", String.class).eq(q.unitCode()));
        }
        if (q.procedureCode() != null) {
            c = c.and(table.field("procedure_code", String.class).eq(q.procedureCode()));
        }
        return new Source(table, day, c);
    }

    /**
     * The measures summed per value of the group columns over all sources of the period, in the
     * order first met; without group columns, one entry (the empty key) with the period's totals.
     */
    Map<List<String>, long[]> sums(StatisticsQuery q, List<Function<Source, Field<String>>> groups, List<Measure> measures) {
        Map<List<String>, long[]> result = new LinkedHashMap<>();
        for (Source source : sources(q)) {
            List<Field<String>> group = groups.stream().map(g -> g.apply(source)).toList();
            List<Field<?>> columns = new ArrayList<>(group);
            measures.forEach(m -> columns.add(total(m.apply(source.table()))));
            var select = sql.select(columns).from(source.table()).where(source.where());
            (group.isEmpty() ? select : select.groupBy(group)).forEach(r -> {
                List<String> key = new ArrayList<>(group.size());
                for (int i = 0; i < group.size(); i++) {
                    key.add(r.get(i, String.class));
                }
                long[] into = result.computeIfAbsent(key, k -> new long[measures.size()]);
                for (int i = 0; i < measures.size(); i++) {
                    into[i] += n(r.get(group.size() + i));
                }
            });
        }
        return result;
    }

    private static Field<BigDecimal> total(Field<? extends Number> counter) {
        return DSL.coalesce(sum(counter.coerce(Long.class)), BigDecimal.ZERO);
    }

    /** The codes of a sector's procedures: a sector is a set of procedures, not a column of the counters. */
    private List<String> proceduresOf(String sector) {
        return catalogue.allEntries().stream().filter(e -> sector.equals(e.sector())).map(CatalogueEntry::code).toList();
    }

    /** Dossiers filed by the end of the period and not finished: one indexed range of open dossiers. */
    long inProgress(StatisticsQuery q) {
        Condition c = STAT_DOSSIER.FINISHED_AT.isNull().and(STAT_DOSSIER.DAY.le(q.to()));
        if (q.sector() != null) {
            c = c.and(STAT_DOSSIER.PROCEDURE_CODE.in(proceduresOf(q.sector())));
        }
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

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
