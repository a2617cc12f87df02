package vn.motcua.engine.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.workflows.catalogue.Level;
import vn.motcua.workflows.catalogue.OnlineLevel;

/** Relevance on the real catalogue: what a citizen types without diacritics finds the procedure. */
@SpringBootTest
class ProcedureSearchIntegrationTests {

    @Autowired
    ProcedureCatalogue catalogue;

    private List<String> codes(String text) {
        return catalogue.search(ProcedureQuery.text(text)).items().stream().map(ProcedureSummary::code).toList();
    }

    @Test
    void birthRegistrationWithoutDiacriticsRanksFirst() {
        assertThat(codes("dang ky khai sinh").subList(0, 3)).contains("1.001193");
        assertThat(codes("dang ky khai sinh").get(0)).isEqualTo("1.001193");
    }

    @Test
    void wordOrderDoesNotMatter() {
        assertThat(codes("khai sinh dang ky").subList(0, 3)).contains("1.001193");
    }

    @Test
    void permanentResidenceIsFoundByTwoWordsWithoutDiacritics() {
        assertThat(codes("thuong tru").subList(0, 5)).contains("1.004222");
    }

    @Test
    void dWithStrokeFoldsToD() {
        assertThat(VietnameseText.fold("Đăng ký ĐỔI")).isEqualTo("dang ky doi");
        assertThat(codes("Đăng ký thường trú")).isEqualTo(codes("dang ky thuong tru"));
    }

    @Test
    void aProcedureCodeFindsThatProcedureFirst() {
        assertThat(codes("1.004222").get(0)).isEqualTo("1.004222");
    }

    @Test
    void nonsenseFindsNothing() {
        assertThat(catalogue.search(ProcedureQuery.text("zzzqqq xyzzy")).total()).isZero();
    }

    @Test
    void filtersNarrowTheResults() {
        ProcedurePage freeCommune = catalogue.search(new ProcedureQuery("", null, Level.COMMUNE, null, null, false, 0, 100));
        assertThat(freeCommune.total()).isPositive().isLessThan(1084);
        assertThat(freeCommune.items()).allSatisfy(s -> {
            assertThat(s.levels()).contains(Level.COMMUNE);
            assertThat(s.paid()).isFalse();
        });
        String sector = catalogue.sectors().get(0);
        ProcedurePage bySector = catalogue.search(new ProcedureQuery(null, sector, null, null, OnlineLevel.FULL, null, 0, 100));
        assertThat(bySector.items()).allSatisfy(s -> {
            assertThat(s.sector()).isEqualTo(sector);
            assertThat(s.onlineLevel()).isEqualTo(OnlineLevel.FULL);
        });
        assertThat(catalogue.search(new ProcedureQuery("", null, null, null, null, null, 0, 20)).total()).isEqualTo(1084);
    }

    @Test
    void pagesDoNotOverlap() {
        var first = catalogue.search(new ProcedureQuery("dang ky", null, null, null, null, null, 0, 10));
        var second = catalogue.search(new ProcedureQuery("dang ky", null, null, null, null, null, 1, 10));
        assertThat(first.items()).hasSize(10);
        assertThat(first.items()).doesNotContainAnyElementsOf(second.items());
        assertThat(first.total()).isEqualTo(second.total());
    }
}
