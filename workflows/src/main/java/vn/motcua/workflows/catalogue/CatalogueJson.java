package vn.motcua.workflows.catalogue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The JSON form of the catalogue, shared by the importer command and the application's loader. */
public final class CatalogueJson {

    private CatalogueJson() {
    }

    /**
     * Reads one stored entry. Shared: a reader is immutable and keeps the deserializers it built,
     * which a new mapper per entry would build again each time (most of reading 1,084 entries).
     */
    public static final ObjectReader ENTRY = mapper().readerFor(CatalogueEntry.class);

    /** A new mapper with the catalogue's settings, for callers that configure it further. */
    public static ObjectMapper mapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public static List<CatalogueEntry> read(InputStream in) throws IOException {
        return mapper().readValue(in, new TypeReference<>() { });
    }
}
