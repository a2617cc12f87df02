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

    /** One statement per table, creating the row if needed: safe under concurrency. */
    @Override
    public void count(Cell cell, Counter counter, long by) {
        add(STAT_DAILY, STAT_DAILY.DAY, cell.day(), cell, counter, by);
        add(STAT_MONTHLY, STAT_MONTHLY.MONTH, cell.month(), cell, counter, by);
    }

    private void add(Table<?> table, Field<LocalDate> dayColumn, LocalDate day, Cell cell, Counter counter, long by) {
        Field<Number> column = counter.in(table);
        sql.insertInto(table).set(dayColumn, day).set(table.field("province_code", String.class), cell.provinceCode())
                .set(table.field("unit_code", String.class), cell.unitCode())
                .set(table.field("procedure_code", String.class), cell.procedureCode())
                .set(table.field("channel", String.class), cell.channel()).set(column, by)
                .onDuplicateKeyUpdate().set(column, DSL.field("{0} + {1}", column.getDataType(), column, DSL.val(by, column)))
                .execute();
    }
}
