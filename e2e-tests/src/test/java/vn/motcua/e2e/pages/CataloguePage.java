package vn.motcua.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public procedure catalogue: search box, filters, result grid. */
public class CataloguePage {

    private static final By SEARCH = By.cssSelector("#procedure-search input");
    private static final By FOUND = By.id("catalogue-found");

    private final WebDriver driver;
    private final WebDriverWait wait;

    private CataloguePage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static CataloguePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/thu-tuc");
        CataloguePage page = new CataloguePage(driver);
        page.wait.until(ExpectedConditions.textMatches(FOUND, java.util.regex.Pattern.compile("\\d+")));
        return page;
    }

    public String resultCount() {
        return driver.findElement(FOUND).getText();
    }

    /** Types the query and waits until the result count changes. */
    public CataloguePage search(String text) {
        String before = resultCount();
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(SEARCH));
        input.sendKeys(text, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(FOUND, before)));
        return this;
    }

    /** Switches the portal's language and waits until the result count reads {@code expectedCount}. */
    public CataloguePage switchLanguage(String expectedCount) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language-switch"))).click();
        wait.until(ExpectedConditions.textToBe(FOUND, expectedCount));
        return this;
    }

    public String columnHeaders() {
        return driver.findElements(By.cssSelector("#procedure-grid vaadin-grid-cell-content")).stream()
                .limit(5).map(WebElement::getText).reduce((a, b) -> a + "|" + b).orElse("");
    }

    /** The position (0-based) of a procedure among the rows on screen, or -1. */
    public int positionOf(String code) {
        var links = driver.findElements(By.cssSelector("#procedure-grid a[href*='thu-tuc/']"));
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).getAttribute("href").endsWith("thu-tuc/" + code)) {
                return i;
            }
        }
        return -1;
    }

    public ProcedureDetailPage open(String code) {
        By link = By.cssSelector("#procedure-grid a[href$='thu-tuc/" + code + "']");
        wait.until(ExpectedConditions.elementToBeClickable(link)).click();
        return ProcedureDetailPage.waitFor(driver, code);
    }
}
