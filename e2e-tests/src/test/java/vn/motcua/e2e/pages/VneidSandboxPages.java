package vn.motcua.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The VNeID sandbox's login, OTP and consent pages, as a citizen goes through them. */
public class VneidSandboxPages {

    private final WebDriver driver;
    private final WebDriverWait wait;

    VneidSandboxPages(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Waits until the browser shows the sandbox's login form. */
    public static VneidSandboxPages atLogin(WebDriver driver) {
        VneidSandboxPages pages = new VneidSandboxPages(driver);
        pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idNumber")));
        return pages;
    }

    public VneidSandboxPages enterIdNumberAndPasscode(String idNumber, String passcode) {
        WebElement id = driver.findElement(By.id("idNumber"));
        id.clear();
        id.sendKeys(idNumber);
        driver.findElement(By.id("passcode")).sendKeys(passcode);
        driver.findElement(By.id("login")).click();
        return this;
    }

    public String idNumberError() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idNumber-error"))).getText();
    }

    public String formError() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error"))).getText();
    }

    public VneidSandboxPages enterOtp(String otp) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp"))).sendKeys(otp);
        driver.findElement(By.id("confirm-otp")).click();
        return this;
    }

    /** The attributes the consent page says the portal will receive. */
    public List<String> consentAttributes() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attributes")))
                .findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
    }

    /** Approves on the consent page, once it has loaded (after the login or the OTP step). */
    public void approve() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("approve"))).click();
    }
}
