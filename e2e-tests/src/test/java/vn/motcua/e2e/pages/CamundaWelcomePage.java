package vn.motcua.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda's welcome page on /camunda, reached with the portal's login (ADMIN staff): it greets the
 * user with links to Cockpit, Tasklist and Admin, without a sign-in form of its own.
 */
public class CamundaWelcomePage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private CamundaWelcomePage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens the welcome page and waits for its links to the applications. */
    public static CamundaWelcomePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/camunda/app/welcome/default/");
        return waitFor(driver);
    }

    static CamundaWelcomePage waitFor(WebDriver driver) {
        CamundaWelcomePage page = new CamundaWelcomePage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href*='cockpit']")));
        return page;
    }

    public boolean showsSignInForm() {
        return !driver.findElements(By.cssSelector("form[name='signinForm']")).isEmpty()
                && driver.findElement(By.cssSelector("form[name='signinForm']")).isDisplayed();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }
}
