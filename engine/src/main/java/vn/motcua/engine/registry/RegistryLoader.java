package vn.motcua.engine.registry;

import static vn.motcua.db.Tables.RESIDENT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep16;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.db.tables.records.ResidentRecord;
import vn.motcua.engine.Sha256;
import vn.motcua.engine.catalogue.ReferenceDataLoads;
import vn.motcua.engine.catalogue.ShippedAdminUnits;

/**
 * Fills the sandbox registry at startup: the demo people, then the generated residents. A key of
 * generator version, seed and size is kept in {@code reference_data_load}; an unchanged restart
 * skips the work, a changed size or seed regenerates (the access log is kept).
 */
@Component
@vn.motcua.engine.OnlyWithDemoData
@DependsOn("catalogueLoader")
@EnableConfigurationProperties(RegistryProperties.class)
class RegistryLoader implements InitializingBean {

    static final String DATA_SET = "registry";
    private static final String GENERATOR_VERSION = "residents-1";
    /** Ages are computed from a fixed day, so that the same seed gives the same registry any day. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 1, 1);
    private static final int BATCH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(RegistryLoader.class);

    private final DSLContext sql;
    private final ReferenceDataLoads loads;
    private final TransactionTemplate transaction;
    private final RegistryProperties properties;
    private final Clock clock;

    RegistryLoader(DSLContext sql, ReferenceDataLoads loads, TransactionTemplate transaction, RegistryProperties properties,
                   Clock clock) {
        this.sql = sql;
        this.loads = loads;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        String key = GENERATOR_VERSION + ":" + properties.seed() + ":" + properties.residents() + ":"
                + DemoRegistry.ACCOUNTS; // records print their values: a deterministic key
        String hash = Sha256.hex(key);
        if (loads.loadedHash(DATA_SET).filter(hash::equals).isPresent()) {
            log.info("Residents registry unchanged");
            return;
        }
        long start = System.nanoTime();
        int[] count = {0};
        transaction.executeWithoutResult(status -> {
            sql.deleteFrom(RESIDENT).execute();
            List<Resident> batch = new ArrayList<>(BATCH);
            DemoRegistry.ACCOUNTS.forEach(a -> batch.add(a.resident()));
            new ResidentGenerator(ShippedAdminUnits.read()).generate(properties.seed(), properties.residents(),
                    DemoRegistry.idNumbers(), REFERENCE_DAY, r -> {
                        batch.add(r);
                        if (batch.size() == BATCH) {
                            count[0] += insert(batch);
                        }
                    });
            count[0] += insert(batch);
            loads.markLoaded(DATA_SET, hash, LocalDateTime.now(clock));
        });
        log.info("Residents registry generated: {} residents in {} ms", count[0], (System.nanoTime() - start) / 1_000_000);
    }

    private int insert(List<Resident> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        InsertValuesStep16<ResidentRecord, String, String, LocalDate, String, String, String, String, String, String,
                String, String, String, String, String, String, String> insert = sql.insertInto(RESIDENT,
                RESIDENT.ID_NUMBER, RESIDENT.FULL_NAME, RESIDENT.BIRTH_DATE, RESIDENT.GENDER, RESIDENT.ETHNICITY,
                RESIDENT.NATIONALITY, RESIDENT.BIRTH_PROVINCE_CODE, RESIDENT.PERMANENT_WARD_CODE,
                RESIDENT.PERMANENT_ADDRESS, RESIDENT.CURRENT_WARD_CODE, RESIDENT.CURRENT_ADDRESS,
                RESIDENT.HOUSEHOLD_ID, RESIDENT.RELATION_TO_HEAD, RESIDENT.FATHER_ID_NUMBER,
                RESIDENT.MOTHER_ID_NUMBER, RESIDENT.SPOUSE_ID_NUMBER);
        for (Resident r : batch) {
            insert = insert.values(r.idNumber(), r.fullName(), r.birthDate(), r.gender().name(), r.ethnicity(),
                    r.nationality(), r.birthProvinceCode(), r.permanentWardCode(), r.permanentAddress(),
                    r.currentWardCode(), r.currentAddress(), r.householdId(), r.relationToHead().name(),
                    r.fatherIdNumber(), r.motherIdNumber(), r.spouseIdNumber());
        }
        int n = insert.execute();
        batch.clear();
        return n;
    }
}
