package vn.motcua.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a logged-in user sees of the portal: the shell, their profile, the access log, the staff area. */
public class PortalUserPages {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    public PortalUserPages(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Clicks "Đăng nhập bằng VNeID" in the portal's header, leaving for the sandbox's login. */
    public VneidSandboxPages startLogin() {
        clickLogin();
        return VneidSandboxPages.atLogin(driver);
    }

    /** Opens the home page and clicks "Đăng nhập bằng VNeID". */
    public void clickLogin() {
        driver.get(baseUrl + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login-link"))).click();
    }

    /** The name the header shows once the portal has the VNeID login. */
    public String loggedInName() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name"))).getText();
    }

    public boolean showsLoginLink() {
        return !driver.findElements(By.id("login-link")).isEmpty() && driver.findElement(By.id("login-link")).isDisplayed();
    }

    public PortalUserPages openProfile() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-profile"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-view")));
        return this;
    }

    /** The value of a read-only profile field (a vaadin-text-field). */
    public String profileField(String id) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        return field.getDomProperty("value");
    }

    public List<String> householdNames() {
        WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profile-household")));
        wait.until(d -> !grid.findElements(By.tagName("vaadin-grid-cell-content")).isEmpty());
        return grid.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }

    public PortalUserPages openAccessLog() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-access-log"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-log-view")));
        return this;
    }

    /** All cell texts of the access log grid. */
    public List<String> accessLogCells() {
        WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-log")));
        wait.until(d -> grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().contains("VNeID")));
        return grid.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }

    public boolean offersStaffArea() {
        return !driver.findElements(By.id("nav-staff")).isEmpty();
    }

    public PortalUserPages openStaffArea() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-staff"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-view")));
        return this;
    }

    public String staffUnit() {
        return driver.findElement(By.id("staff-unit")).getText();
    }

    public String staffRoles() {
        return driver.findElement(By.id("staff-roles")).getText();
    }

    /**
     * Logs in with the demo passcode and OTP; approves the consent page when the sandbox shows it
     * (only at an account's first login in this portal).
     */
    public PortalUserPages loginAs(String idNumber, String expectedName) {
        startLogin().enterIdNumberAndPasscode(idNumber, "246810").enterOtp("123456");
        wait.until(d -> !d.findElements(By.id("approve")).isEmpty() || !d.findElements(By.id("user-name")).isEmpty());
        if (!driver.findElements(By.id("approve")).isEmpty()) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("approve"))).click();
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-name"), expectedName));
        return this;
    }

    public void logout() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login-link")));
    }

    /**
     * Opens the dossier page again and again (the jobs behind it run on their own) until
     * {@code shown} finds what it waits for in it, within a minute; returns what it found.
     */
    public <T> T openDossierUntil(String code, java.util.function.Function<WebDriver, T> shown) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            d.get(baseUrl + "/ho-so/" + code);
            new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-state")));
            return shown.apply(d);
        });
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }
}
