package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.CataloguePage;
import vn.motcua.e2e.pages.FilingPage;
import vn.motcua.e2e.pages.VneidSandboxPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * The portal on a 390 px phone: the catalogue keeps each procedure's code and title on screen, the
 * header's login stays visible, a login started from a protected page comes back to it, a
 * dossier is filed through the whole wizard, and the citizen's lists (dossiers, documents,
 * notifications) show each row as a card of its facts, the catalogue's and the statistics' filters
 * start folded — all without the page scrolling sideways.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class PhoneJourneyTest {

    private static final String VU_THI_HANH = "031177100009"; // Hải Phòng; no other journey logs her in
    private static final int PHONE_WIDTH = 390;

    @BeforeEach
    void phoneSized(WebDriver browser) {
        browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
    }

    @Test
    void theCatalogueShowsCodeAndTitleOnAPhone(MotCuaServer portal, WebDriver browser) {
        CataloguePage catalogue = CataloguePage.open(browser, portal.baseUrl()).search("dang ky khai sinh");
        assertThat(catalogue.positionOf("1.001193")).isZero();
        WebElement code = browser.findElement(By.cssSelector("#procedure-grid a[href*='thu-tuc/1.001193']"));
        assertThat(insideWindow(browser, code)).as("code link on screen").isTrue();
        assertThat(code.getText()).isNotBlank();
        assertThat(noSidewaysScroll(browser)).isTrue();
        // level, deadline and fee give way as columns and stand under the title instead
        WebElement facts = code.findElement(By.xpath("./following-sibling::span[contains(@class, 'motcua-narrow-facts')]"));
        assertThat(facts.isDisplayed()).as("facts under the title").isTrue();
        assertThat(facts.getText()).isEqualTo("Cấp xã · 1 ngày làm việc · Miễn phí");
        assertThat(insideWindow(browser, facts)).isTrue();
        assertThat(((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll("
                + "'#procedure-grid > vaadin-grid-column')].filter(c => !c.hidden).length")).as("code and title columns").isEqualTo(2L);
        // the filters start folded on a phone, so the first result is on the first screen
        assertThat(browser.findElement(By.id("filter-sector")).isDisplayed()).as("filters folded").isFalse();
        assertThat(code.getRect().getY() + code.getRect().getHeight())
                .as("first result within the first screen").isLessThan(browser.manage().window().getSize().getHeight());
        browser.findElement(By.cssSelector("#catalogue-filters vaadin-details-summary")).click();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("filter-sector")));
        // the header's login link is on screen, on one line
        WebElement login = browser.findElement(By.id("login-link"));
        assertThat(insideWindow(browser, login)).as("login link on screen").isTrue();
        assertThat(login.getRect().getHeight()).as("login link on one line").isLessThan(48);
    }

    @Test
    void theStatisticsShowTheirFiltersInOneLineOnAPhone(MotCuaServer portal, WebDriver browser) {
        browser.get(portal.baseUrl() + "/thong-ke?don-vi=ubnd-xa-00004");
        WebElement summary = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#statistics-filters vaadin-details-summary")));
        // folded, the summary says what is shown: the period and the unit
        wait(browser).until(d -> summary.getText().contains("ubnd-xa-00004"));
        assertThat(summary.getText()).startsWith("Bộ lọc: ").containsPattern("\\d{2}/\\d{2}/\\d{4} – \\d{2}/\\d{2}/\\d{4}");
        assertThat(browser.findElement(By.id("statistics-from")).isDisplayed()).as("filters folded").isFalse();
        WebElement overview = browser.findElement(By.id("statistics-totals"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", overview);
        assertThat(insideWindow(browser, overview)).isTrue();
        assertThat(noSidewaysScroll(browser)).isTrue();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
        summary.click();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("statistics-from")));
    }

    @Test
    void aLoginStartedFromAProtectedPageReturnsToItAndFilesADossier(MotCuaServer portal, WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // "Hồ sơ của tôi" while logged out: the portal says why it needs a login …
        browser.get(portal.baseUrl() + "/ho-so");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login-reason-continue"))).click();
        VneidSandboxPages.atLogin(browser).enterIdNumberAndPasscode(VU_THI_HANH, "246810").enterOtp("123456").approve();
        // … and after it, the citizen is back on the page asked for
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-dossiers")));
        assertThat(browser.getCurrentUrl()).endsWith("/ho-so");
        // the compact header keeps "Đăng xuất" on screen (the name gives way to it)
        assertThat(insideWindow(browser, browser.findElement(By.id("logout")))).isTrue();
        assertThat(noSidewaysScroll(browser)).isTrue();

        browser.get(portal.baseUrl() + "/thu-tuc/1.004772/nop-ho-so");
        FilingPage filing = new FilingPage(browser);
        filing.type("noiDungDeNghi", "Đề nghị giải quyết tại phường Thành Đông").type("soDienThoai", "0907123456");
        assertThat(noSidewaysScroll(browser)).as("fill step").isTrue();
        filing.next("attach");
        filing.attachRequired();
        filing.next("review");
        assertThat(filing.reviewValuesInsideWindow()).as("review values on a phone").isTrue();
        assertThat(noSidewaysScroll(browser)).as("review step").isTrue();
        String code = filing.submit();
        // the Thành Đông ward's one-stop team receives it (demo data staffs every demo citizen's ward)
        assertThat(code).startsWith("ubnd-xa-10507-");
        WebElement confirmation = browser.findElement(By.id("dossier-filed"));
        assertThat(confirmation.getText()).contains(code, "Thành Đông", "ngày hẹn trả kết quả");
        assertThat(insideWindow(browser, confirmation)).isTrue();
        assertThat(noSidewaysScroll(browser)).as("dossier page").isTrue();

        // "Hồ sơ của tôi" on the phone: each dossier a card with its procedure and state, none cut off
        // (the due date is set at registration, just after the submission: opened until it shows)
        WebElement dossierCard = wait.until(d -> {
            d.get(portal.baseUrl() + "/ho-so");
            WebElement card = new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector("#my-dossiers .motcua-card")));
            return card.getText().contains("Hẹn trả kết quả") ? card : null;
        });
        assertThat(dossierCard.getText()).contains(code, "Thủ tục", "Trạng thái", "Đang giải quyết", "Hẹn trả kết quả");
        assertWholeOnScreen(browser, dossierCard);
        // "Văn bản của tôi": the receipt issued at registration, its whole title on screen, and its download
        WebElement documentCard = wait.until(d -> {
            d.get(portal.baseUrl() + "/ca-nhan/van-ban");
            return new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector("#my-documents .motcua-card")));
        });
        assertThat(documentCard.getText()).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", code, "Tải về (PDF)");
        assertWholeOnScreen(browser, documentCard);
        // "Thông báo": what happened to the dossier, not only when
        browser.get(portal.baseUrl() + "/thong-bao");
        WebElement notificationCard = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#notifications .motcua-card")));
        assertThat(notificationCard.getText()).contains(code, "Nội dung");
        assertWholeOnScreen(browser, notificationCard);

        // the same list on a wide screen is a table again: one column per fact, no cards
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(portal.baseUrl() + "/ho-so");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#my-dossiers vaadin-grid-cell-content a")));
        wait.until(d -> d.findElements(By.cssSelector("#my-dossiers .motcua-card")).stream().noneMatch(WebElement::isDisplayed));
        assertThat(((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll("
                + "'#my-dossiers > vaadin-grid-column')].filter(c => !c.hidden).length")).isEqualTo(5L);
    }

    /** The card is within the window and none of its lines is cut off ("…") or wider than the card. */
    private static void assertWholeOnScreen(WebDriver browser, WebElement card) {
        assertThat(insideWindow(browser, card)).as("card on screen").isTrue();
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "const card = arguments[0]; const cell = card.closest('vaadin-grid-cell-content');"
                + "return cell.scrollWidth <= cell.clientWidth + 1 && [...card.querySelectorAll('span, a')]"
                + ".every(e => e.getBoundingClientRect().right <= cell.getBoundingClientRect().right + 1);", card))
                .as("every line of the card whole").isTrue();
        assertThat(noSidewaysScroll(browser)).isTrue();
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static boolean insideWindow(WebDriver browser, WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                + "return r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth + 1;", element);
    }

    private static boolean noSidewaysScroll(WebDriver browser) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1;");
    }
}
