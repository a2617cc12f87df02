package vn.motcua.engine.catalogue;

import static vn.motcua.db.Tables.PROCEDURE_ENTRY;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.motcua.db.tables.records.ProcedureEntryRecord;
import org.springframework.stereotype.Repository;
import vn.motcua.workflows.catalogue.Level;
import vn.motcua.workflows.catalogue.OnlineLevel;
import vn.motcua.workflows.catalogue.TimeUnit;

/** The catalogue's rows: what lists need as columns, the whole entry as JSON. */
@Repository
class CatalogueRepository {

    private final DSLContext sql;

    private final ReferenceDataLoads loads;

    CatalogueRepository(DSLContext sql, ReferenceDataLoads loads) {
        this.sql = sql;
        this.loads = loads;
    }

    Optional<String> loadedHash(String dataSet) {
        return loads.loadedHash(dataSet);
    }

    void markLoaded(String dataSet, String hash, LocalDateTime now) {
        loads.markLoaded(dataSet, hash, now);
    }

    Optional<String> entryHash(String code) {
        return sql.select(PROCEDURE_ENTRY.CONTENT_HASH).from(PROCEDURE_ENTRY)
                .where(PROCEDURE_ENTRY.CODE.eq(code)).fetchOptional(PROCEDURE_ENTRY.CONTENT_HASH);
    }

    void upsert(ProcedureSummary s, String json, String hash, LocalDateTime now) {
        ProcedureEntryRecord row = new ProcedureEntryRecord()
                .setCode(s.code())
                .setTitle(s.title())
                .setSector(s.sector())
                .setLevels(String.join(",", s.levels().stream().map(Level::name).toList()))
                .setCompetentAgency(s.competentAgency())
                .setImplementingAgency(s.implementingAgency())
                .setOnlineLevel(s.onlineLevel() == null ? null : s.onlineLevel().name())
                .setDeadlineAmount(s.deadlineAmount())
                .setDeadlineUnit(s.deadlineUnit() == null ? null : s.deadlineUnit().name())
                .setFeeVnd(s.feeVnd())
                .setPaid(s.paid())
                .setEntryJson(json)
                .setContentHash(hash)
                .setLoadedAt(now);
        sql.insertInto(PROCEDURE_ENTRY).set(row).onDuplicateKeyUpdate().set(row).execute();
    }

    List<ProcedureSummary> summaries() {
        return sql.select(PROCEDURE_ENTRY.CODE, PROCEDURE_ENTRY.TITLE, PROCEDURE_ENTRY.SECTOR, PROCEDURE_ENTRY.LEVELS,
                        PROCEDURE_ENTRY.COMPETENT_AGENCY, PROCEDURE_ENTRY.IMPLEMENTING_AGENCY,
                        PROCEDURE_ENTRY.ONLINE_LEVEL, PROCEDURE_ENTRY.DEADLINE_AMOUNT, PROCEDURE_ENTRY.DEADLINE_UNIT,
                        PROCEDURE_ENTRY.FEE_VND, PROCEDURE_ENTRY.PAID)
                .from(PROCEDURE_ENTRY)
                .orderBy(PROCEDURE_ENTRY.CODE)
                .fetch(CatalogueRepository::summary);
    }

    List<String> allEntryJson() {
        return sql.select(PROCEDURE_ENTRY.ENTRY_JSON).from(PROCEDURE_ENTRY).orderBy(PROCEDURE_ENTRY.CODE)
                .fetch(PROCEDURE_ENTRY.ENTRY_JSON);
    }

    Optional<String> entryJson(String code) {
        return sql.select(PROCEDURE_ENTRY.ENTRY_JSON).from(PROCEDURE_ENTRY)
                .where(PROCEDURE_ENTRY.CODE.eq(code)).fetchOptional(PROCEDURE_ENTRY.ENTRY_JSON);
    }

    private static ProcedureSummary summary(Record r) {
        String online = r.get(PROCEDURE_ENTRY.ONLINE_LEVEL);
        String unit = r.get(PROCEDURE_ENTRY.DEADLINE_UNIT);
        BigDecimal amount = r.get(PROCEDURE_ENTRY.DEADLINE_AMOUNT);
        return new ProcedureSummary(r.get(PROCEDURE_ENTRY.CODE), r.get(PROCEDURE_ENTRY.TITLE),
                r.get(PROCEDURE_ENTRY.SECTOR),
                Arrays.stream(r.get(PROCEDURE_ENTRY.LEVELS).split(",")).filter(l -> !l.isEmpty()).map(Level::valueOf).toList(),
                r.get(PROCEDURE_ENTRY.COMPETENT_AGENCY), r.get(PROCEDURE_ENTRY.IMPLEMENTING_AGENCY),
                online == null ? null : OnlineLevel.valueOf(online),
                amount == null ? null : amount.stripTrailingZeros(),
                unit == null ? null : TimeUnit.valueOf(unit),
                r.get(PROCEDURE_ENTRY.FEE_VND), r.get(PROCEDURE_ENTRY.PAID));
    }
}
