package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.FilingPage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.pages.StatisticsPage;
import vn.motcua.e2e.pages.StaffTaskPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * The civil servants of Ba Đình ward (UBND Phường Ba Đình, unit ubnd-xa-00004) at work: a birth
 * registration received, proposed and approved, then seen completed with its signed result by the
 * citizen; a supplement requested, supplied by the citizen and accepted; a walk-in citizen's dossier
 * opened at the counter from the chip card's QR text.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class StaffWorkspaceJourneyTest {

    private static final String MAI = "001187200001";   // reception
    private static final String HUNG = "001083200002";  // specialist
    private static final String VINH = "001072200003";  // leader

    @Test
    void aDossierIsReceivedProposedApprovedAndTheCitizenSeesItsResult(MotCuaServer portal, WebDriver browser, @TempDir Path dir)
            throws Exception {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        // the public figures of the ward before, anonymously
        StatisticsPage statistics = new StatisticsPage(browser, portal.baseUrl()).openForUnit("ubnd-xa-00004");
        long receivedBefore = statistics.overview("Hồ sơ tiếp nhận");
        long onTimeBefore = statistics.overview("Giải quyết đúng hạn");
        // Trần Thị Bình registers her newborn; her husband Nguyễn Văn An is the father in the registry
        pages.loginAs("001194100002", "Trần Thị Bình");
        browser.get(portal.baseUrl() + "/thu-tuc/1.001193/nop-ho-so");
        FilingPage filing = new FilingPage(browser);
        filing.type("tenTre", "Nguyễn Minh Anh").choose("gioiTinh", "Nữ")
                .date("ngaySinh", java.time.LocalDate.now().minusDays(5).toString())
                .type("noiSinh", "Bệnh viện Phụ sản Hà Nội").select("danToc", "Kinh").select("quocTich", "Việt Nam")
                .choose("coGiayChungSinh", "Có").type("soDienThoai", "0987111222");
        filing.next("attach");
        filing.upload("giayChungSinh", pdf(dir, "giay-chung-sinh.pdf"));
        filing.next("review");
        String code = filing.submit();
        pages.logout();

        StaffTaskPages staff = new StaffTaskPages(browser, pages, portal.baseUrl());
        staff.decide(MAI, "Hoàng Thị Mai", code, "decide-accept", null);
        staff.decide(HUNG, "Đỗ Văn Hùng", code, "decide-propose", null);
        long[] leaderBefore = leaderFigures(pages, browser, portal);
        staff.decide(VINH, "Bùi Quang Vinh", code, "decide-approve", null);

        // the citizen sees it done, with the signed result to download, and rates it
        pages.loginAs("001194100002", "Trần Thị Bình");
        pages.openDossierUntil(code, d -> d.findElement(By.id("dossier-state")).getText().equals("Đã có kết quả"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        assertThat(cells(browser, "dossier-documents")).contains("TRÍCH LỤC KHAI SINH");
        click(browser, By.xpath("//*[@id='rating-score']//vaadin-radio-button[.//label[starts-with(normalize-space(.), '5')]]"));
        click(browser, By.id("rating-send"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rating-done"), "5/5"));
        pages.logout();

        // the public figures count it, received and handled on time, as its CSV download does
        statistics.openForUnit("ubnd-xa-00004");
        assertThat(statistics.overview("Hồ sơ tiếp nhận")).isEqualTo(receivedBefore + 1);
        assertThat(statistics.overview("Giải quyết đúng hạn")).isEqualTo(onTimeBefore + 1);
        assertThat(statistics.chartDrawn()).isTrue();
        // a count of dossiers is whole: the outcomes chart's axis steps 0, 1, 2 … never 0,2
        assertThat(statistics.axisNumbers("chart-outcomes")).isNotEmpty().allMatch(n -> n.matches("[0-9.]+"));
        // from the country's ranking, Hà Nội opens its units, the ward committee among them
        browser.get(portal.baseUrl() + "/thong-ke");
        assertThat(statistics.drillDown("01", "ubnd-xa-00004")).isTrue();
        statistics.openForUnit("ubnd-xa-00004");
        String csv = statistics.overviewCsv();
        java.util.List<String> lines = csv.lines().toList();
        java.util.List<String> header = java.util.List.of(lines.get(0).split(","));
        java.util.List<String> values = java.util.List.of(lines.get(1).split(","));
        assertThat(values.get(header.indexOf("received"))).isEqualTo(Long.toString(receivedBefore + 1));
        assertThat(values.get(header.indexOf("onTime"))).isEqualTo(Long.toString(onTimeBefore + 1));

        // and so does the leader's dashboard: same received, one more on time
        long[] leaderAfter = leaderFigures(pages, browser, portal);
        assertThat(leaderAfter[0]).isEqualTo(leaderBefore[0]);
        assertThat(leaderAfter[1]).isEqualTo(leaderBefore[1] + 1);

        // the leader's throughput lists his own approval; its link opens the queue of what he finished
        pages.loginAs(VINH, "Bùi Quang Vinh");
        browser.get(portal.baseUrl() + "/can-bo");
        WebDriverWait staffWait = new WebDriverWait(browser, Duration.ofSeconds(30));
        staffWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#leader-deadline-chart[data-rendered='true']")));
        click(browser, By.id("throughput-" + VINH));
        staffWait.until(ExpectedConditions.urlContains("can-bo=" + VINH));
        staffWait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-" + code)));
        assertThat(browser.findElement(By.id("queue-state")).getText()).contains("Đã xử lý");
        pages.logout();
    }

    /** Received and on time, as the ward leader's dashboard shows them ("Tiếp nhận 12; đúng hạn 9; …"). */
    private static long[] leaderFigures(PortalUserPages pages, WebDriver browser, MotCuaServer portal) {
        pages.loginAs(VINH, "Bùi Quang Vinh");
        browser.get(portal.baseUrl() + "/can-bo");
        String text = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("leader-figures"))).getText();
        pages.logout();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Tiếp nhận ([0-9.]+); đúng hạn ([0-9.]+)").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return new long[] {Long.parseLong(m.group(1).replace(".", "")), Long.parseLong(m.group(2).replace(".", ""))};
    }

    @Test
    void receptionRequestsASupplementTheCitizenSuppliesItAndReceptionAccepts(MotCuaServer portal, WebDriver browser,
                                                                             @TempDir Path dir) throws Exception {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        pages.loginAs("001208100019", "Đỗ Quang Minh");
        browser.get(portal.baseUrl() + "/thu-tuc/1.004772/nop-ho-so");
        String code = new FilingPage(browser).fileRequestOnly("Đăng ký khai sinh, đã có giấy tờ cá nhân", "0912000111");
        pages.logout();

        // reception asks, once, for what is missing
        new StaffTaskPages(browser, pages, portal.baseUrl()).openTask(MAI, "Hoàng Thị Mai", code);
        WebElement reason = browser.findElement(By.id("decision-reason")).findElement(By.tagName("textarea"));
        reason.sendKeys("Bổ sung bản sao Giấy chứng minh nhân dân cũ");
        click(browser, By.id("decide-request-supplement"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
        pages.logout();

        // the citizen reads the request and supplies the document
        pages.loginAs("001208100019", "Đỗ Quang Minh");
        pages.openDossierUntil(code, d -> !d.findElements(By.id("supplement-request")).isEmpty());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        assertThat(browser.findElement(By.id("supplement-request")).getText()).contains("Giấy chứng minh nhân dân cũ");
        assertThat(browser.findElement(By.id("dossier-state")).getText()).contains("Chờ người nộp");
        new FilingPage(browser).uploadInto("#supplement-upload vaadin-upload", pdf(dir, "cmnd-cu.pdf"));
        click(browser, By.id("supplement-send"));
        wait.until(d -> d.findElements(By.id("supplement-request")).isEmpty()
                && d.findElement(By.id("dossier-state")).getText().equals("Đang giải quyết"));
        pages.logout();

        // reception sees the supplied file and accepts
        new StaffTaskPages(browser, pages, portal.baseUrl()).openTask(MAI, "Hoàng Thị Mai", code);
        assertThat(browser.findElements(By.id("supplement-file-cmnd-cu.pdf"))).isNotEmpty();
        // the timeline reads as sentences with names: who did what, and what they wrote
        String timeline = cells(browser, "task-timeline");
        assertThat(timeline).contains("Người nộp gửi giấy tờ bổ sung", "Đỗ Quang Minh (người nộp hồ sơ)",
                "Hoàng Thị Mai, Công chức một cửa",
                "Bộ phận một cửa yêu cầu bổ sung — “Bổ sung bản sao Giấy chứng minh nhân dân cũ”", "Hệ thống MotCua");
        assertThat(timeline).doesNotContain("procedure 1.", "channel ONLINE", "001187200001");
        click(browser, By.id("decide-accept"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
        pages.logout();
    }

    @Test
    void aDossierRefusedAtReceptionStatesTheReasonOnTheCitizensPage(MotCuaServer portal, WebDriver browser) {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        pages.loginAs("001208100019", "Đỗ Quang Minh");
        browser.get(portal.baseUrl() + "/thu-tuc/1.004772/nop-ho-so");
        String code = new FilingPage(browser).fileRequestOnly("Xin cấp lại giấy tờ của người khác", "0912000111");
        pages.logout();

        new StaffTaskPages(browser, pages, portal.baseUrl()).openTask(MAI, "Hoàng Thị Mai", code);
        browser.findElement(By.id("decision-reason")).findElement(By.tagName("textarea"))
                .sendKeys("Người nộp không phải người được cấp giấy tờ và không có văn bản ủy quyền");
        click(browser, By.id("decide-refuse-at-reception"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
        // the queue confirms what was recorded
        assertThat(browser.findElement(By.id("decision-confirmation")).getText())
                .isEqualTo("Đã ghi quyết định „Từ chối (Mẫu 03)“ cho hồ sơ " + code + ".");
        pages.logout();

        // the refusal notice is issued in a step of its own: the page shows the reason once it is
        pages.loginAs("001208100019", "Đỗ Quang Minh");
        String reason = pages.openDossierUntil(code, d -> {
            var shown = d.findElements(By.id("dossier-refusal-reason"));
            return shown.isEmpty() ? null : shown.get(0).getText();
        });
        assertThat(reason).isEqualTo("Lý do từ chối: Người nộp không phải người được cấp giấy tờ và không có văn bản ủy quyền");
        assertThat(browser.findElement(By.id("dossier-state")).getText()).isEqualTo("Từ chối");
        pages.logout();
    }

    @Test
    void aWalkInCitizensDossierIsOpenedAtTheCounterFromTheChipCardQr(MotCuaServer portal, WebDriver browser) {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        pages.loginAs(MAI, "Hoàng Thị Mai");
        browser.get(portal.baseUrl() + "/can-bo");
        click(browser, By.id("nav-counter"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement qr = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("qr-text"))).findElement(By.tagName("textarea"));

        // a card whose name does not match the registry is not accepted
        qr.sendKeys("001150100018||Đỗ Thị Nhài|20011950|Nữ|Số 4 Kim Mã, Phường Ba Đình, Thành phố Hà Nội|15082021");
        click(browser, By.id("qr-read"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("qr-error"), "Họ tên trên thẻ không khớp"));
        assertThat(browser.findElements(By.id("counter-procedure"))).isEmpty();

        qr.clear();
        qr.sendKeys("001150100018||Đỗ Thị Nhàn|20011950|Nữ|Số 4 Kim Mã, Phường Ba Đình, Thành phố Hà Nội|15082021");
        click(browser, By.id("qr-read"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("counter-citizen-name"), "Đỗ Thị Nhàn"));
        WebElement procedure = browser.findElement(By.id("counter-procedure")).findElement(By.tagName("input"));
        procedure.sendKeys("1.004772");
        wait.until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().startsWith("1.004772")).findFirst().map(i -> {
                    i.click();
                    return true;
                }).orElse(null));
        FilingPage form = new FilingPage(browser);
        form.type("noiDungDeNghi", "Tiếp nhận trực tiếp tại bộ phận một cửa").type("soDienThoai", "0912333444");
        // the papers handed over at the counter, scanned into the dossier
        form.attachRequired();
        form.click("counter-submit");
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("counter-dossier-code"))).getText();
        assertThat(code).matches("ubnd-xa-00004-\\d{6}-\\d{4}");

        // in the unit's queue, marked as received in person
        WebDriverWait slow = new WebDriverWait(browser, Duration.ofSeconds(60));
        slow.until(d -> {
            d.get(portal.baseUrl() + "/can-bo");
            return !new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("queue")))
                    .findElements(By.id("open-" + code)).isEmpty();
        });
        click(browser, By.id("open-" + code));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-view"), "nộp trực tiếp"));
        pages.logout();
    }

    private static String cells(WebDriver browser, String gridId) {
        return String.join("|", browser.findElement(By.id(gridId)).findElements(By.tagName("vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList());
    }

    private static void click(WebDriver browser, By by) {
        WebElement element = new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static Path pdf(Path dir, String name) throws java.io.IOException {
        return Files.writeString(dir.resolve(name), "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    }
}
