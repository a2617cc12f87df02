package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.motcua.e2e.pages.CataloguePage;
import vn.motcua.e2e.pages.ProcedureDetailPage;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/** A citizen types without diacritics, finds the procedure, and reads its deadline and fee. */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class CatalogueJourneyTest {

    @Test
    void searchWithoutDiacriticsOpensTheProcedureWithItsFeeAndDeadline(MotCuaServer portal, WebDriver browser) {
        CataloguePage catalogue = CataloguePage.open(browser, portal.baseUrl());
        assertThat(catalogue.resultCount()).isEqualTo("1.084 thủ tục"); // Vietnamese groups thousands with a dot

        catalogue.search("dang ky thuong tru");
        assertThat(catalogue.positionOf("1.004222")).isBetween(0, 2);

        ProcedureDetailPage detail = catalogue.open("1.004222");
        assertThat(detail.title()).isEqualTo("Đăng ký thường trú");
        assertThat(detail.channelCells()).containsSubsequence(
                "Trực tuyến", "7 ngày làm việc", "10.000 đồng");
        assertThat(detail.channelCells()).containsSubsequence(
                "Trực tiếp", "7 ngày làm việc", "20.000 đồng");
        assertThat(detail.canFileOnline()).isTrue();
    }

    @Test
    void birthRegistrationIsAmongTheFirstResultsForItsNameWithoutDiacritics(MotCuaServer portal, WebDriver browser) {
        CataloguePage catalogue = CataloguePage.open(browser, portal.baseUrl()).search("dang ky khai sinh");
        assertThat(catalogue.positionOf("1.001193")).isZero();
        // on a wide screen level, deadline and fee are columns, not a line under the title
        assertThat(browser.findElements(By.cssSelector("#procedure-grid .motcua-narrow-facts"))).isNotEmpty()
                .noneMatch(WebElement::isDisplayed);
        ProcedureDetailPage detail = catalogue.open("1.001193");
        assertThat(detail.channelCells()).containsSubsequence("Trực tuyến", "1 ngày làm việc", "Miễn phí");
    }

    @Test
    void theCatalogueReadsInEnglishToo(MotCuaServer portal, WebDriver browser) {
        CataloguePage catalogue = CataloguePage.open(browser, portal.baseUrl()).switchLanguage("1,084 procedures");
        assertThat(catalogue.columnHeaders()).isEqualTo("Code|Procedure|Level|Deadline|Fee");
        catalogue.switchLanguage("1.084 thủ tục");
        assertThat(catalogue.columnHeaders()).isEqualTo("Mã|Tên thủ tục|Cấp|Thời hạn|Phí, lệ phí");
    }
}
