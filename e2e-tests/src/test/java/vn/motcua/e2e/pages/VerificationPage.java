package vn.motcua.e2e.pages;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Xác thực văn bản": upload a PDF, read the verdict. */
public class VerificationPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private VerificationPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static VerificationPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/xac-thuc");
        VerificationPage page = new VerificationPage(driver);
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verification-upload")));
        return page;
    }

    /** Uploads the file and waits for the verdict that differs from {@code previous}. */
    public String upload(Path pdf, String previousVerdict) {
        WebElement upload = driver.findElement(By.id("verification-upload"));
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(pdf.toAbsolutePath().toString());
        // the result is drawn anew for each upload: look the verdict up again on every poll
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            var verdicts = d.findElements(By.id("verification-verdict"));
            if (verdicts.isEmpty()) {
                return null;
            }
            String text = verdicts.get(0).getText();
            return text.isBlank() || text.equals(previousVerdict) ? null : text;
        });
    }

    public String resultText() {
        return driver.findElement(By.id("verification-result")).getText();
    }
}
