package vn.motcua.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda's own sign-in form at /camunda (Cockpit, Tasklist, Admin). */
public class CamundaLoginPage {

    private static final By USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
    private static final By PASSWORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
    private static final By SUBMIT = By.cssSelector("form[name='signinForm'] button[type='submit']");

    private final WebDriver driver;
    private final WebDriverWait wait;

    private CamundaLoginPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static CamundaLoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/camunda/app/welcome/default/");
        return waitFor(driver);
    }

    static CamundaLoginPage waitFor(WebDriver driver) {
        CamundaLoginPage page = new CamundaLoginPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        return page;
    }

    public boolean showsUsernameAndPasswordFields() {
        return driver.findElement(USERNAME).isDisplayed() && driver.findElement(PASSWORD).isDisplayed();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Signs in and waits for the welcome page to greet the user with links to the applications. */
    public void signIn(String user, String password) {
        // Camunda's AngularJS form binds after it is shown: type only once it has compiled the form.
        wait.until(ExpectedConditions.attributeContains(USERNAME, "class", "ng-pristine"));
        driver.findElement(USERNAME).sendKeys(user);
        driver.findElement(PASSWORD).sendKeys(password);
        wait.until(ExpectedConditions.attributeContains(PASSWORD, "class", "ng-valid"));
        driver.findElement(SUBMIT).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href*='cockpit']")));
    }
}
