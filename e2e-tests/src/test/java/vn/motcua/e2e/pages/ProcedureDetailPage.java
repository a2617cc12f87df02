package vn.motcua.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One procedure's page: facts, channels with time and fee, documents, legal basis, results. */
public class ProcedureDetailPage {

    private final WebDriver driver;

    private ProcedureDetailPage(WebDriver driver) {
        this.driver = driver;
    }

    static ProcedureDetailPage waitFor(WebDriver driver, String code) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBe(By.id("procedure-code"), code));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#procedure-channels vaadin-grid-cell-content")));
        return new ProcedureDetailPage(driver);
    }

    public String title() {
        return driver.findElement(By.id("procedure-title")).getText();
    }

    /** The texts of the channel table's cells, headers first. */
    public List<String> channelCells() {
        return driver.findElements(By.cssSelector("#procedure-channels vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    /** Whether the online filing button is enabled (a Vaadin button is a custom element: Selenium's isEnabled() is always true). */
    public boolean canFileOnline() {
        return driver.findElement(By.id("file-online")).getDomAttribute("disabled") == null;
    }
}
