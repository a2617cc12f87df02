package vn.motcua.engine.statistics;

import static vn.motcua.db.Tables.STAT_DAILY;
import static vn.motcua.db.Tables.STAT_DOSSIER;
import static vn.motcua.db.Tables.STAT_MONTHLY;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import vn.motcua.db.tables.records.StatDossierRecord;

/** The live store: every change written at once, in the transaction of the event that caused it. */
@Component
class DatabaseStatisticsStore implements StatisticsStore {

    private final DSLContext sql;

    DatabaseStatisticsStore(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void open(StatDossierRecord dossier) {
        sql.insertInto(STAT_DOSSIER).set(dossier).execute();
    }

    @Override
    public StatDossierRecord dossier(String code) {
        return sql.selectFrom(STAT_DOSSIER).where(STAT_DOSSIER.DOSSIER_CODE.eq(code)).fetchOne();
    }

    @Override
    public void save(StatDossierRecord dossier) {
        sql.executeUpdate(dossier);
    }

    /** A single UPDATE: the submission's registration sets it, and the row need not be read first. */
    @Override
    public void setDue(String code, java.time.LocalDateTime due) {
        sql.update(STAT_DOSSIER).set(STAT_DOSSIER.DUE_AT, due).where(STAT_DOSSIER.DOSSIER_CODE.eq(code)).execute();
    }

    /** One statement per table, creating the row if needed: safe under concurrency. */
    @Override
    public void count(Cell cell, Counter counter, long by) {
        add(STAT_DAILY, STAT_DAILY.DAY, cell.day(), cell, java.util.Map.of(counter, by));
        add(STAT_MONTHLY, STAT_MONTHLY.MONTH, cell.month(), cell, java.util.Map.of(counter, by));
    }

    /** Still one statement per table, whatever the number of counters (a submission adds to two or three). */
    @Override
    public void countOne(Cell cell, java.util.Set<Counter> counters) {
        if (counters.isEmpty()) {
            return;
        }
        java.util.Map<Counter, Long> ones = new java.util.EnumMap<>(Counter.class);
        counters.forEach(counter -> ones.put(counter, 1L));
        add(STAT_DAILY, STAT_DAILY.DAY, cell.day(), cell, ones);
        add(STAT_MONTHLY, STAT_MONTHLY.MONTH, cell.month(), cell, ones);
    }

    private void add(Table<?> table, Field<LocalDate> dayColumn, LocalDate day, Cell cell, java.util.Map<Counter, Long> by) {
        java.util.Map<Field<?>, Object> values = new java.util.LinkedHashMap<>();
        java.util.Map<Field<?>, Object> sums = new java.util.LinkedHashMap<>();
        by.forEach((counter, amount) -> {
            Field<Number> column = counter.in(table);
            values.put(column, amount);
            sums.put(column, DSL.field("{0} + {1}", column.getDataType(), column, DSL.val(amount, column)));
        });
        sql.insertInto(table).set(dayColumn, day).set(table.field("province_code", String.class), cell.provinceCode())
                .set(table.field("unit_code", String.class), cell.unitCode())
                .set(table.field("procedure_code", String.class), cell.procedureCode())
                .set(table.field("channel", String.class), cell.channel()).set(values)
                .onDuplicateKeyUpdate().set(sums)
                .execute();
    }
}
