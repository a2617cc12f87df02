package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.FilingPage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.EngineRest;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * Đinh Văn Sáu registers his permanent residence in Lê Đức Thắng's household; once reception has
 * accepted the dossier he finds the request under "Yêu cầu ý kiến của chủ hộ", agrees, and the
 * dossier goes on to the specialist.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class HouseholdConsentJourneyTest {

    private static final String HEAD = "038083100010";

    @Test
    void theHouseholdHeadAgreesInThePortalAndTheDossierGoesOn(MotCuaServer portal, WebDriver browser) throws Exception {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        pages.loginAs("066061100012", "Đinh Văn Sáu");
        browser.get(portal.baseUrl() + "/thu-tuc/1.004222/nop-ho-so");
        FilingPage filing = new FilingPage(browser);
        filing.type("diaChiThuongTru", "Số 9 phố Lê Lợi, Phường Ba Đình, Thành phố Hà Nội")
                .choose("truongHop", "Về ở với người thân (vợ, chồng, con, cha, mẹ…), được chủ hộ đồng ý")
                .type("soDinhDanhChuHo", HEAD).type("quanHeVoiChuHo", "Con").type("soDienThoai", "0905666777");
        filing.next("attach");
        filing.next("review");
        filing.payAtGateway("Đã thanh toán 10.000 đ");
        String code = filing.submit();
        pages.logout();

        String password = portal.generatedAdminPassword().orElseThrow();
        String instance = EngineRest.instanceOf(portal, password, code);
        EngineRest.completeTask(portal, password, instance, "Task_Reception", "{\"receptionDecision\": {\"value\": \"ACCEPT\"}}");

        pages.loginAs(HEAD, "Lê Đức Thắng");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-consents"))).getText())
                .isEqualTo("Yêu cầu ý kiến của chủ hộ");
        // the request appears once the engine's step after reception has run
        String request = wait.until(d -> {
            d.get(portal.baseUrl() + "/ca-nhan/y-kien-chu-ho");
            var cards = new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("owner-consent-view"))).findElements(By.id("consent-" + code));
            return cards.isEmpty() ? null : cards.get(0).getText();
        });
        assertThat(request).contains("Đinh Văn Sáu", "Số 9 phố Lê Lợi", "Con", code);
        browser.findElement(By.id("consent-agree-" + code)).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consent-outcome"))).getText())
                .contains("Đã ghi ý kiến đồng ý", code);
        assertThat(browser.findElements(By.id("consent-" + code))).isEmpty();
        pages.logout();

        // the specialist's step opens
        EngineRest.completeTask(portal, password, instance, "Task_Processing", "{\"processingDecision\": {\"value\": \"PROPOSE\"}}");
    }
}
