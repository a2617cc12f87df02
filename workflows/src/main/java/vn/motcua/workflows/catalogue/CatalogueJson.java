package vn.motcua.workflows.catalogue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The JSON form of the catalogue, shared by the importer command and the application's loader. */
public final class CatalogueJson {

    private CatalogueJson() {
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public static List<CatalogueEntry> read(InputStream in) throws IOException {
        return mapper().readValue(in, new TypeReference<>() { });
    }
}
