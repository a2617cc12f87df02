package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.json.Json;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * The policy studio, as its users work it: Vũ Thị Lan Anh (POLICY) opens temporary residence
 * (1.004194), adds a consultation step from the building blocks, sees the validation error while
 * its group is missing, picks the group from the list, test-runs the draft and submits it; Trần
 * Quốc Bảo (ADMIN) sees the coloured diff and approves. A new dossier then runs on version 2 and
 * reaches the consultation step; a dossier filed before stays on version 1 until Lan Anh moves it.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class PolicyStudioJourneyTest {

    private static final Json JSON = new Json();
    private static final String BLOCK_NAME = "Xin ý kiến cơ quan phối hợp";

    @Test
    void aConsultationStepIsAddedValidatedTestRunApprovedAndDossiersFollow(MotCuaServer portal, WebDriver browser)
            throws Exception {
        String password = portal.generatedAdminPassword().orElseThrow();
        String before = start(portal, password, 1, "ca-xa-00004-e2e-studio-1");
        awaitTask(portal, password, before, "Task_Reception");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        pages.loginAs("001180200009", "Vũ Thị Lan Anh");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-studio"))).click();
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#studio-search input")));
        search.sendKeys("1.004194");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("1.004194"))).click();
        // the model page: the live diagram with the dossier waiting at reception
        wait.until(d -> "true".equals(d.findElement(By.id("studio-diagram")).getAttribute("data-rendered")));
        assertThat(browser.findElements(By.cssSelector("#studio-diagram .motcua-waiting"))).isNotEmpty();

        WebElement edit = wait.until(ExpectedConditions.elementToBeClickable(By.id("studio-edit")));
        long opening = System.nanoTime();
        edit.click();
        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(20)).until(d ->
                "true".equals(d.findElement(By.id("studio-canvas")).getAttribute("data-rendered"))
                        && !d.findElements(By.cssSelector("#studio-properties .bio-properties-panel")).isEmpty());
        // measured, not asserted: docs/measurements.md records it (the 2 s target of the studio)
        System.out.printf("Studio editor usable %d ms after the click (cold browser cache)%n",
                (System.nanoTime() - opening) / 1_000_000);
        // the modeler's own words are Vietnamese too: its palette and the properties panel's groups
        assertThat(browser.findElements(By.cssSelector("#studio-canvas .djs-palette [aria-label='Công cụ kéo sơ đồ']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#studio-properties .bio-properties-panel-group-header-title"))
                .stream().map(WebElement::getText).toList()).contains("Thông tin chung").doesNotContain("General");
        // the import takes a .bpmn or .form file, said in the page's language (not the widget's English)
        assertThat(browser.findElement(By.id("studio-import")).getText())
                .contains("Nhập tệp .bpmn hoặc .form…", "Kéo thả tệp vào đây").doesNotContain("Upload", "Drop");
        int revision = revision(browser);
        // select reception on the canvas, add the consultation block after it
        WebElement reception = browser.findElement(By.cssSelector("#studio-canvas g.djs-element[data-element-id='Task_Reception']"));
        new Actions(browser).moveToElement(reception).click().perform();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("studio-block-consultation"))).click();
        wait.until(d -> revision(d) > revision);
        browser.findElement(By.id("studio-validate")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#studio-findings li[data-rule='GROUP_MISSING']")));
        assertThat(browser.findElement(By.cssSelector("#studio-findings li[data-rule='GROUP_MISSING']")).getText())
                .contains(BLOCK_NAME).contains("chưa có nhóm xử lý");
        assertThat(browser.findElements(By.cssSelector("#studio-canvas .motcua-invalid"))).isNotEmpty();

        // the group from the list: Công an Phường Ba Đình, as a coordinating agency
        int beforeGroup = revision(browser);
        wait.until(d -> d.findElement(By.id("studio-group")).getAttribute("disabled") == null);
        browser.findElement(By.id("studio-group")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-item[contains(., 'Công an Phường Ba Đình')]"))).click();
        wait.until(d -> revision(d) > beforeGroup);
        browser.findElement(By.id("studio-validate")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("studio-valid")));

        // the form editor (form-js) is the second tab
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Biểu mẫu')]")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#studio-form-editor[data-rendered='true'] .fjs-form-field")).isEmpty());
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Quy trình (BPMN)')]")).click();
        browser.findElement(By.id("studio-test-run")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("studio-run-end")));
        assertThat(browser.findElement(By.id("studio-run-end")).getText()).contains("Đã trả kết quả");
        assertThat(browser.findElements(By.cssSelector("#studio-path li")).stream().map(WebElement::getText).toList())
                .containsSubsequence("Tiếp nhận, kiểm tra hồ sơ", BLOCK_NAME, "Thẩm định, xử lý");
        assertThat(browser.findElements(By.cssSelector("#studio-canvas .motcua-path"))).isNotEmpty();

        browser.findElement(By.cssSelector("#studio-change-note textarea"))
                .sendKeys("Thêm bước xin ý kiến Công an phường sau khi tiếp nhận");
        browser.findElement(By.id("studio-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studio-draft-state"), "Chờ duyệt"));
        assertThat(browser.findElements(By.id("studio-approve"))).as("the author cannot approve").isEmpty();
        pages.logout();

        // the administrator sees the coloured diff and approves
        pages.loginAs("001085200010", "Trần Quốc Bảo");
        browser.get(portal.baseUrl() + "/quy-trinh/1.004194");
        wait.until(d -> "true".equals(d.findElement(By.id("studio-review-diff")).getAttribute("data-coloured")));
        assertThat(browser.findElements(By.cssSelector("#studio-review-diff .motcua-diff-added"))).isNotEmpty();
        assertThat(browser.findElement(By.id("studio-review-diff-changes")).getText()).contains(BLOCK_NAME);
        assertThat(browser.findElement(By.id("studio-review-validation")).getText()).contains("hợp lệ");
        clickCentered(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id("studio-approve"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studio-live-version"), "2"));
        pages.logout();

        // a new dossier runs on version 2 and reaches the consultation step after reception
        String after = startLatest(portal, password, "ca-xa-00004-e2e-studio-2");
        complete(portal, password, after, "Task_Reception", "{\"receptionDecision\": {\"value\": \"ACCEPT\"}}");
        assertThat(awaitTaskNamed(portal, password, after, BLOCK_NAME)).isTrue();
        assertThat(versionOf(portal, password, before)).isEqualTo(1);

        // the dossier filed before stays on version 1 until policy staff move it
        pages.loginAs("001180200009", "Vũ Thị Lan Anh");
        browser.get(portal.baseUrl() + "/quy-trinh/1.004194");
        clickCentered(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id("studio-migration-check"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-grid[@id='studio-movable']//vaadin-grid-cell-content[contains(., 'ca-xa-00004-e2e-studio-1')]")));
        selectRow(browser, "studio-movable", "ca-xa-00004-e2e-studio-1");
        clickCentered(browser, browser.findElement(By.id("studio-migrate")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studio-migration-done"), "Đã chuyển 1"));
        assertThat(versionOf(portal, password, before)).isEqualTo(2);
    }

    /** Long pages: the element is scrolled to the middle first, away from the sticky header. */
    private static void clickCentered(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Clicks the selection checkbox of the row whose cell shows {@code text}. */
    private static void selectRow(WebDriver browser, String gridId, String text) {
        ((JavascriptExecutor) browser).executeScript("const grid = document.getElementById(arguments[0]);"
                + "const rows = [...grid.shadowRoot.querySelectorAll('tr[part~=row]')];"
                + "for (const row of rows) { const cells = [...row.querySelectorAll('slot')].map(s => s.assignedNodes()[0]);"
                + "  if (cells.some(c => c && c.textContent.includes(arguments[1]))) {"
                + "    const box = cells.map(c => c && c.querySelector('vaadin-checkbox')).find(b => b); box.click(); return; } }",
                gridId, text);
    }

    private static int revision(WebDriver browser) {
        String value = browser.findElement(By.id("studio-save-state")).getAttribute("data-revision");
        return value == null ? 0 : Integer.parseInt(value);
    }

    private static String definitionId(MotCuaServer portal, String password, int version) {
        var shipped = portal.get("/engine-rest/process-definition?key=tthc_1_004194&version=" + version, "admin", password);
        return (String) JSON.<List<Map<String, Object>>>toType(shipped.body(), List.class).get(0).get("id");
    }

    private static String start(MotCuaServer portal, String password, int version, String code) {
        return started(portal.postJson("/engine-rest/process-definition/" + definitionId(portal, password, version) + "/start",
                "admin", password, variables(code)));
    }

    private static String startLatest(MotCuaServer portal, String password, String code) {
        return started(portal.postJson("/engine-rest/process-definition/key/tthc_1_004194/start", "admin", password,
                variables(code)));
    }

    private static String started(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (String) JSON.<Map<String, Object>>toType(response.body(), Json.MAP_TYPE).get("id");
    }

    private static String variables(String code) {
        return """
                {"businessKey": "%s", "variables": {
                  "procedureCode": {"value": "1.004194"}, "channel": {"value": "ONLINE"},
                  "feePaid": {"value": true, "type": "Boolean"},
                  "applicantWardCode": {"value": "00004"}, "applicantProvinceCode": {"value": "01"},
                  "applicantIdNumber": {"value": "092069100008"}, "applicantName": {"value": "Dương Văn Hải"},
                  "dossierCode": {"value": "%s"}}}""".formatted(code, code);
    }

    private static int versionOf(MotCuaServer portal, String password, String instance) {
        var process = portal.get("/engine-rest/process-instance/" + instance, "admin", password);
        String definition = (String) JSON.<Map<String, Object>>toType(process.body(), Json.MAP_TYPE).get("definitionId");
        var response = portal.get("/engine-rest/process-definition/" + definition, "admin", password);
        return ((Number) JSON.<Map<String, Object>>toType(response.body(), Json.MAP_TYPE).get("version")).intValue();
    }

    private static List<Map<String, Object>> tasks(MotCuaServer portal, String password, String instance) {
        return JSON.toType(portal.get("/engine-rest/task?processInstanceId=" + instance, "admin", password).body(), List.class);
    }

    private static void awaitTask(MotCuaServer portal, String password, String instance, String key) throws InterruptedException {
        for (Instant deadline = Instant.now().plusSeconds(30); Instant.now().isBefore(deadline); Thread.sleep(300)) {
            if (tasks(portal, password, instance).stream().anyMatch(t -> key.equals(t.get("taskDefinitionKey")))) {
                return;
            }
        }
        throw new AssertionError("No task " + key + " opened");
    }

    private static boolean awaitTaskNamed(MotCuaServer portal, String password, String instance, String name)
            throws InterruptedException {
        for (Instant deadline = Instant.now().plusSeconds(30); Instant.now().isBefore(deadline); Thread.sleep(300)) {
            if (tasks(portal, password, instance).stream().anyMatch(t -> name.equals(t.get("name")))) {
                return true;
            }
        }
        return false;
    }

    private static void complete(MotCuaServer portal, String password, String instance, String key, String variables)
            throws InterruptedException {
        awaitTask(portal, password, instance, key);
        String id = (String) tasks(portal, password, instance).stream().filter(t -> key.equals(t.get("taskDefinitionKey")))
                .findFirst().orElseThrow().get("id");
        var done = portal.postJson("/engine-rest/task/" + id + "/complete", "admin", password,
                "{\"variables\": " + variables + "}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }
}
