package vn.motcua.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public home page and the shell around it. */
public class HomePage {

    private static final By PORTAL_TITLE = By.id("portal-title");
    private static final By LANGUAGE_SWITCH = By.id("language-switch");
    private static final By HEADING = By.id("home-heading");

    private final WebDriver driver;
    private final WebDriverWait wait;

    private HomePage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static HomePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/");
        HomePage page = new HomePage(driver);
        page.wait.until(ExpectedConditions.textMatches(PORTAL_TITLE, java.util.regex.Pattern.compile(".+")));
        return page;
    }

    public String portalTitle() {
        return driver.findElement(PORTAL_TITLE).getText();
    }

    public String heading() {
        return driver.findElement(HEADING).getText();
    }

    public String languageSwitchLabel() {
        return driver.findElement(LANGUAGE_SWITCH).getText();
    }

    public String documentLanguage() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Clicks the language switch and waits until the portal title reads {@code expectedTitle}. */
    public HomePage switchLanguage(String expectedTitle) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(LANGUAGE_SWITCH));
        button.click();
        wait.until(ExpectedConditions.textToBe(PORTAL_TITLE, expectedTitle));
        return this;
    }

    public CamundaWelcomePage followCamundaLink() {
        driver.findElement(By.id("camunda-link")).click();
        return CamundaWelcomePage.waitFor(driver);
    }
}
