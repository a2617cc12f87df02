package vn.motcua.engine.statistics;

import static vn.motcua.db.Tables.STAT_DAILY;
import static vn.motcua.db.Tables.STAT_DOSSIER;
import static vn.motcua.db.Tables.STAT_MONTHLY;

import org.jooq.DSLContext;
import org.jooq.Field;
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
        Field<Number> daily = counter.daily();
        sql.insertInto(STAT_DAILY).set(STAT_DAILY.DAY, cell.day()).set(STAT_DAILY.PROVINCE_CODE, cell.provinceCode())
                .set(STAT_DAILY.UNIT_CODE, cell.unitCode()).set(STAT_DAILY.PROCEDURE_CODE, cell.procedureCode())
                .set(STAT_DAILY.CHANNEL, cell.channel()).set(daily, by)
                .onDuplicateKeyUpdate().set(daily, DSL.field("{0} + {1}", daily.getDataType(), daily, DSL.val(by, daily)))
                .execute();
        Field<Number> monthly = counter.monthly();
        sql.insertInto(STAT_MONTHLY).set(STAT_MONTHLY.MONTH, cell.month()).set(STAT_MONTHLY.PROVINCE_CODE, cell.provinceCode())
                .set(STAT_MONTHLY.UNIT_CODE, cell.unitCode()).set(STAT_MONTHLY.PROCEDURE_CODE, cell.procedureCode())
                .set(STAT_MONTHLY.CHANNEL, cell.channel()).set(monthly, by)
                .onDuplicateKeyUpdate().set(monthly, DSL.field("{0} + {1}", monthly.getDataType(), monthly, DSL.val(by, monthly)))
                .execute();
    }
}
