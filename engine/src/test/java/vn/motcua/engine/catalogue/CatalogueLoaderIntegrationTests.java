package vn.motcua.engine.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.CatalogueJson;

@SpringBootTest
class CatalogueLoaderIntegrationTests {

    @Autowired
    CatalogueLoader loader;
    @Autowired
    ProcedureCatalogue catalogue;
    @Autowired
    AdminUnitRepository adminUnits;

    @Test
    void theShippedCatalogueAndAdministrativeUnitsAreInTheDatabaseAtStartup() {
        assertThat(catalogue.count()).isEqualTo(1084);
        assertThat(catalogue.find("1.004222")).hasValueSatisfying(e -> {
            assertThat(e.title()).isEqualTo("Đăng ký thường trú");
            assertThat(e.channels()).extracting(CatalogueEntry.Channel::feeVnd).containsExactly(10_000L, 20_000L);
        });
        assertThat(adminUnits.provinceCount()).isEqualTo(34);
        assertThat(adminUnits.wardCount()).isEqualTo(3321);
        assertThat(adminUnits.formerProvinceCount()).isEqualTo(63);
    }

    @Test
    void anUnchangedCatalogueDoesNothingOnReload() throws IOException {
        byte[] shipped = CatalogueLoader.gunzip(new ClassPathResource(CatalogueLoader.CATALOGUE_RESOURCE)
                .getContentAsByteArray());
        assertThat(loader.loadCatalogue(shipped)).isEqualTo(new CatalogueLoader.LoadResult(true, 0, 0, 0));
    }

    @Test
    void aChangedEntryIsUpdatedAndTheOthersAreLeftAlone() throws IOException {
        byte[] shipped = CatalogueLoader.gunzip(new ClassPathResource(CatalogueLoader.CATALOGUE_RESOURCE)
                .getContentAsByteArray());
        List<CatalogueEntry> entries = CatalogueJson.read(new java.io.ByteArrayInputStream(shipped));
        CatalogueEntry first = entries.get(0);
        List<CatalogueEntry> changed = new java.util.ArrayList<>(entries);
        changed.set(0, new CatalogueEntry(first.code(), first.title() + " (sửa đổi)", first.sector(), first.levels(),
                first.competentAgency(), first.implementingAgency(), first.coordinatingAgencies(), first.subjects(),
                first.channels(), first.onlineLevel(), first.documents(), first.legalBasis(), first.results()));
        byte[] edited = CatalogueJson.mapper().writeValueAsString(changed).getBytes(StandardCharsets.UTF_8);
        try {
            assertThat(loader.loadCatalogue(edited)).isEqualTo(new CatalogueLoader.LoadResult(false, 0, 1, 1083));
            assertThat(catalogue.find(first.code())).get().extracting(CatalogueEntry::title)
                    .isEqualTo(first.title() + " (sửa đổi)");
        } finally {
            loader.loadCatalogue(shipped);
        }
        assertThat(catalogue.find(first.code())).get().extracting(CatalogueEntry::title).isEqualTo(first.title());
    }
}
