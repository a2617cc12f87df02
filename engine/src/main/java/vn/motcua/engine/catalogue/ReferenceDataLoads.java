package vn.motcua.engine.catalogue;

import static vn.motcua.db.Tables.REFERENCE_DATA_LOAD;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Which version (content hash) of each derived data set was last loaded — catalogue, administrative
 * units, the sandbox registry — so that an unchanged restart skips the work.
 */
@Repository
public class ReferenceDataLoads {

    private final DSLContext sql;

    ReferenceDataLoads(DSLContext sql) {
        this.sql = sql;
    }

    public Optional<String> loadedHash(String dataSet) {
        return sql.select(REFERENCE_DATA_LOAD.CONTENT_HASH).from(REFERENCE_DATA_LOAD)
                .where(REFERENCE_DATA_LOAD.DATA_SET.eq(dataSet)).fetchOptional(REFERENCE_DATA_LOAD.CONTENT_HASH);
    }

    public void markLoaded(String dataSet, String hash, LocalDateTime now) {
        sql.insertInto(REFERENCE_DATA_LOAD)
                .set(REFERENCE_DATA_LOAD.DATA_SET, dataSet)
                .set(REFERENCE_DATA_LOAD.CONTENT_HASH, hash)
                .set(REFERENCE_DATA_LOAD.LOADED_AT, now)
                .onDuplicateKeyUpdate()
                .set(REFERENCE_DATA_LOAD.CONTENT_HASH, hash)
                .set(REFERENCE_DATA_LOAD.LOADED_AT, now)
                .execute();
    }
}
