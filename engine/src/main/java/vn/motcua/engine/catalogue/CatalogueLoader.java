package vn.motcua.engine.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.engine.Sha256;
import vn.motcua.workflows.adminunits.AdminUnits;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.CatalogueJson;
import vn.motcua.workflows.catalogue.ChannelKind;

/**
 * Loads the catalogue and the administrative units MotCua ships into MariaDB at startup, before the
 * portal opens. Idempotent: an unchanged file does nothing, a changed entry is updated, an
 * unchanged entry is left alone.
 */
@Component
class CatalogueLoader implements InitializingBean {

    static final String CATALOGUE_RESOURCE = "catalogue/catalogue.json.gz";
    static final String ADMIN_UNITS_RESOURCE = "adminunits/admin-units.json";
    private static final Logger log = LoggerFactory.getLogger(CatalogueLoader.class);

    /** What one load did. */
    record LoadResult(boolean skipped, int inserted, int updated, int unchanged) {
    }

    private final CatalogueRepository catalogue;
    private final AdminUnitRepository adminUnits;
    private final ProcedureCatalogue procedures;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ObjectMapper json = CatalogueJson.mapper();

    CatalogueLoader(CatalogueRepository catalogue, AdminUnitRepository adminUnits, ProcedureCatalogue procedures,
                    TransactionTemplate transaction, Clock clock) {
        this.catalogue = catalogue;
        this.adminUnits = adminUnits;
        this.procedures = procedures;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        LoadResult units = loadAdminUnits(resource(ADMIN_UNITS_RESOURCE));
        LoadResult entries = loadCatalogue(gunzip(resource(CATALOGUE_RESOURCE)));
        log.info("Reference data: administrative units {}, catalogue {}", units.skipped() ? "unchanged" : "loaded",
                entries.skipped() ? "unchanged" : entries);
        procedures.refresh();
    }

    LoadResult loadCatalogue(byte[] content) {
        String fileHash = Sha256.hex(content);
        if (catalogue.loadedHash("catalogue").filter(fileHash::equals).isPresent()) {
            return new LoadResult(true, 0, 0, 0);
        }
        List<CatalogueEntry> entries = parse(content);
        LoadResult result = transaction.execute(status -> {
            LocalDateTime now = LocalDateTime.now(clock);
            int inserted = 0;
            int updated = 0;
            int unchanged = 0;
            for (CatalogueEntry entry : entries) {
                String entryJson = write(entry);
                String hash = Sha256.hex(entryJson.getBytes(StandardCharsets.UTF_8));
                var existing = catalogue.entryHash(entry.code());
                if (existing.filter(hash::equals).isPresent()) {
                    unchanged++;
                    continue;
                }
                catalogue.upsert(summary(entry), entryJson, hash, now);
                if (existing.isPresent()) {
                    updated++;
                } else {
                    inserted++;
                }
            }
            catalogue.markLoaded("catalogue", fileHash, now);
            return new LoadResult(false, inserted, updated, unchanged);
        });
        procedures.entriesChanged();
        return result;
    }

    LoadResult loadAdminUnits(byte[] content) {
        String fileHash = Sha256.hex(content);
        if (catalogue.loadedHash("admin-units").filter(fileHash::equals).isPresent()) {
            return new LoadResult(true, 0, 0, 0);
        }
        AdminUnits units = read(content, AdminUnits.class);
        transaction.executeWithoutResult(status -> {
            adminUnits.replaceAll(units);
            catalogue.markLoaded("admin-units", fileHash, LocalDateTime.now(clock));
        });
        return new LoadResult(false, units.provinces().size(), 0, 0);
    }

    static ProcedureSummary summary(CatalogueEntry e) {
        var primary = e.channels().stream()
                .min(Comparator.comparing(c -> c.kind() == ChannelKind.ONLINE ? 0 : 1))
                .orElse(null);
        var time = primary == null ? null : primary.processingTime();
        boolean paid = e.channels().stream().anyMatch(c -> c.feeVnd() != null && c.feeVnd() > 0);
        return new ProcedureSummary(e.code(), e.title() == null ? e.code() : e.title(), e.sector(), e.levels(),
                e.competentAgency(), e.implementingAgency(), e.onlineLevel(),
                time == null ? null : time.amount(), time == null ? null : time.unit(),
                primary == null ? null : primary.feeVnd(), paid);
    }

    private List<CatalogueEntry> parse(byte[] content) {
        try {
            return CatalogueJson.read(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped catalogue is not readable", e);
        }
    }

    private <T> T read(byte[] content, Class<T> type) {
        try {
            return json.readValue(content, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + type.getSimpleName(), e);
        }
    }

    private String write(CatalogueEntry entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        }
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
