package vn.motcua.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A civil servant at work: the unit's queue, a dossier's task page, its decisions. */
public class StaffTaskPages {

    private final WebDriver browser;
    private final PortalUserPages pages;
    private final String baseUrl;

    public StaffTaskPages(WebDriver browser, PortalUserPages pages, String baseUrl) {
        this.browser = browser;
        this.pages = pages;
        this.baseUrl = baseUrl;
    }

    /** Logs in as the civil servant and opens the dossier's task from their unit's queue. */
    public void openTask(String idNumber, String name, String code) {
        pages.loginAs(idNumber, name);
        // the step's task appears once the engine has run the steps before it
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            d.get(baseUrl + "/can-bo");
            WebElement queue = new WebDriverWait(d, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
            return !queue.findElements(By.id("open-" + code)).isEmpty();
        });
        click(By.id("open-" + code));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("task-dossier-code"), code));
    }

    /** Opens the task, writes the reason if one is given, takes the decision and logs out. */
    public void decide(String idNumber, String name, String code, String decisionButton, String reason) {
        openTask(idNumber, name, code);
        if (reason != null) {
            reason(reason);
        }
        decideAndLeave(decisionButton);
    }

    /** Takes the decision on the open task page, back at the queue, and logs out. */
    public void decideAndLeave(String decisionButton) {
        click(By.id(decisionButton));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
        pages.logout();
    }

    public void reason(String text) {
        browser.findElement(By.id("decision-reason")).findElement(By.tagName("textarea")).sendKeys(text);
    }

    public void click(By by) {
        WebElement element = new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
