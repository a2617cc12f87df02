package vn.motcua.e2e.pages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public statistics page, /thong-ke: its filters, its overview table, its CSV downloads. */
public class StatisticsPage {

    private final WebDriver browser;
    private final String baseUrl;

    public StatisticsPage(WebDriver browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** Opens the page for one receiving unit (the default period: the last twelve months). */
    public StatisticsPage openForUnit(String unitCode) {
        browser.get(baseUrl + "/thong-ke");
        WebElement unit = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("statistics-unit"))).findElement(By.tagName("input"));
        unit.sendKeys(unitCode);
        browser.findElement(By.id("statistics-show")).click();
        // the tables are drawn anew when the figures arrive: look the link up again on every poll
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("csv-totals")).getAttribute("href").contains("unit=" + unitCode));
        return this;
    }

    /** The number in the overview's row with this label ("Hồ sơ tiếp nhận" → 12). */
    public long overview(String label) {
        List<String> cells = browser.findElement(By.id("statistics-totals")).findElements(By.tagName("vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList();
        for (int i = 0; i + 1 < cells.size(); i++) {
            if (cells.get(i).equals(label)) {
                String value = cells.get(i + 1);
                String digits = (value.contains("(") ? value.substring(0, value.indexOf('(')) : value).replaceAll("[^0-9]", "");
                return Long.parseLong(digits);
            }
        }
        throw new AssertionError("No row " + label + " in " + cells);
    }

    /** Whether the months chart was drawn (the vendored ECharts script ran). */
    public boolean chartDrawn() {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "true".equals(
                d.findElement(By.id("chart-months")).getAttribute("data-rendered")));
    }

    /** The numbers written along a drawn chart's value axis (its SVG texts that are numbers). */
    public List<String> axisNumbers(String chartId) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "true".equals(
                d.findElement(By.id(chartId)).getAttribute("data-rendered")));
        return browser.findElement(By.id(chartId)).findElements(By.cssSelector("svg text")).stream()
                .map(WebElement::getText).filter(t -> t.matches("[0-9][0-9.,]*")).toList();
    }

    /** Follows a ranking row (a province, a unit) to its own figures; true once the row's page shows. */
    public boolean drillDown(String rankCode, String expectedRowThere) {
        WebElement row = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.id("rank-" + rankCode)));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        row.click();
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("rank-" + expectedRowThere)).isEmpty());
    }

    /** The CSV the overview's download link gives. */
    public String overviewCsv() throws Exception {
        String href = browser.findElement(By.id("csv-totals")).getAttribute("href");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href.startsWith("http")
                ? href : baseUrl + href)).build(), HttpResponse.BodyHandlers.ofString());
        if (csv.statusCode() != 200) {
            throw new AssertionError("CSV download: " + csv.statusCode() + " " + csv.body());
        }
        return csv.body();
    }
}
