package vn.motcua.engine.statistics;

import static vn.motcua.db.Tables.STAT_DAILY;
import static vn.motcua.db.Tables.STAT_DOSSIER;
import static vn.motcua.db.Tables.STAT_MONTHLY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.motcua.db.tables.records.StatDossierRecord;

/**
 * Generated history's store: the rules' changes summed in memory and written in multi-row
 * statements, so a year of dossiers is written at thousands per second instead of a statement per
 * counter. Holds only dossiers opened in this batch: history never touches live dossiers.
 */
final class HistoryBatch implements StatisticsStore {

    private static final int ROWS_PER_STATEMENT = 1000;
    private static final Counter[] COUNTERS = Counter.values();

    private final Map<String, StatDossierRecord> dossiers = new LinkedHashMap<>();
    private final Map<Cell, long[]> days = new HashMap<>();
    private final Map<Cell, long[]> months = new HashMap<>();

    @Override
    public void open(StatDossierRecord dossier) {
        dossiers.put(dossier.getDossierCode(), dossier);
    }

    @Override
    public StatDossierRecord dossier(String code) {
        return dossiers.get(code);
    }

    @Override
    public void save(StatDossierRecord dossier) {
        // kept in the map; written once by write()
    }

    @Override
    public void count(Cell cell, Counter counter, long by) {
        days.computeIfAbsent(cell, c -> new long[COUNTERS.length])[counter.ordinal()] += by;
        Cell month = new Cell(cell.month(), cell.provinceCode(), cell.unitCode(), cell.procedureCode(), cell.channel());
        months.computeIfAbsent(month, c -> new long[COUNTERS.length])[counter.ordinal()] += by;
    }

    int size() {
        return dossiers.size();
    }

    /** Writes the batch (in the caller's transaction) and empties it. */
    void write(DSLContext sql) {
        // in primary-key order: each statement fills neighbouring index pages instead of scattered ones
        List<StatDossierRecord> rows = new ArrayList<>(dossiers.values());
        rows.sort(java.util.Comparator.comparing(StatDossierRecord::getDossierCode));
        for (int i = 0; i < rows.size(); i += ROWS_PER_STATEMENT) {
            var insert = sql.insertInto(STAT_DOSSIER, STAT_DOSSIER.fields());
            for (StatDossierRecord r : rows.subList(i, Math.min(rows.size(), i + ROWS_PER_STATEMENT))) {
                insert = insert.values(r.intoArray());
            }
            ((InsertValuesStepN<?>) insert).execute();
        }
        add(sql, STAT_DAILY, STAT_DAILY.DAY, days);
        add(sql, STAT_MONTHLY, STAT_MONTHLY.MONTH, months);
        dossiers.clear();
        days.clear();
        months.clear();
    }

    /** Adds the summed counters to the table's rows, creating the rows that do not exist yet. */
    private static void add(DSLContext sql, Table<? extends Record> table, Field<LocalDate> day, Map<Cell, long[]> sums) {
        List<Field<?>> columns = new ArrayList<>(List.of(day, table.field("province_code"), table.field("unit_code"),
                table.field("procedure_code"), table.field("channel")));
        for (Counter c : COUNTERS) {
            columns.add(c.in(table));
        }
        Map<Field<?>, Field<?>> addToExisting = new LinkedHashMap<>();
        for (Counter c : COUNTERS) {
            Field<Number> column = c.in(table);
            addToExisting.put(column, DSL.field("{0} + VALUES({0})", column.getDataType(), column));
        }
        List<Map.Entry<Cell, long[]>> entries = new ArrayList<>(sums.entrySet());
        for (int i = 0; i < entries.size(); i += ROWS_PER_STATEMENT) {
            var insert = sql.insertInto(table, columns);
            for (Map.Entry<Cell, long[]> e : entries.subList(i, Math.min(entries.size(), i + ROWS_PER_STATEMENT))) {
                Object[] values = new Object[columns.size()];
                Cell cell = e.getKey();
                values[0] = cell.day();
                values[1] = cell.provinceCode();
                values[2] = cell.unitCode();
                values[3] = cell.procedureCode();
                values[4] = cell.channel();
                for (int c = 0; c < COUNTERS.length; c++) {
                    values[5 + c] = e.getValue()[c];
                }
                insert = insert.values(values);
            }
            insert.onDuplicateKeyUpdate().set(addToExisting).execute();
        }
    }
}
