package vn.motcua.engine.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.CatalogueJson;

/**
 * The public procedure catalogue: search with filters, and one procedure's full entry. Searching
 * runs on an in-memory index of the database's rows, rebuilt after each load.
 */
@Service
public class ProcedureCatalogue {

    private final CatalogueRepository repository;
    /**
     * Entries parsed once: a dossier's filing and registration read its procedure's entry several
     * times (a select and a JSON parse each, docs/measurements.md). Entries change only when the
     * catalogue is loaded at start, which empties this. Bounded: a few hundred procedures are in
     * daily use; unknown codes are remembered as absent, within the same bound.
     */
    private final Cache<String, Optional<CatalogueEntry>> parsed = Caffeine.newBuilder().maximumSize(300).build();
    private volatile ProcedureIndex index = new ProcedureIndex(List.of());
    private volatile List<String> sectors = List.of();
    private volatile List<String> agencies = List.of();

    ProcedureCatalogue(CatalogueRepository repository) {
        this.repository = repository;
    }

    /** Rebuilds the search index from the database. */
    void refresh() {
        entriesChanged();
        List<ProcedureSummary> summaries = repository.summaries();
        index = new ProcedureIndex(summaries);
        sectors = List.copyOf(new TreeSet<>(summaries.stream().map(ProcedureSummary::sector)
                .filter(Objects::nonNull).toList()));
        agencies = List.copyOf(new TreeSet<>(summaries.stream().map(ProcedureSummary::agency)
                .filter(Objects::nonNull).toList()));
    }

    /** Entries were written: the parsed ones are read again when next asked for. */
    void entriesChanged() {
        parsed.invalidateAll();
    }

    public ProcedurePage search(ProcedureQuery query) {
        return index.search(query);
    }

    public Optional<CatalogueEntry> find(String code) {
        return code == null ? Optional.empty() : parsed.get(code, this::read);
    }

    private Optional<CatalogueEntry> read(String code) {
        return repository.entryJson(code).map(json -> {
            try {
                return CatalogueJson.ENTRY.readValue(json);
            } catch (IOException e) {
                throw new UncheckedIOException("Stored entry " + code + " is not readable", e);
            }
        });
    }

    /** Every entry in full, in code order: what the process models are generated from. */
    public List<CatalogueEntry> allEntries() {
        return repository.allEntryJson().stream().map(ProcedureCatalogue::parse).toList();
    }

    private static CatalogueEntry parse(String json) {
        try {
            return CatalogueJson.ENTRY.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored catalogue entry is not readable", e);
        }
    }

    /** Identifies the loaded catalogue's content; changes when any entry does. */
    public String contentHash() {
        return repository.loadedHash("catalogue").orElse("none");
    }

    public int count() {
        return index.size();
    }

    /** Sectors (lĩnh vực) for the filter, in alphabetical order. */
    public List<String> sectors() {
        return sectors;
    }

    /** Competent agencies (or implementing ones where none is named) for the filter. */
    public List<String> agencies() {
        return agencies;
    }
}
