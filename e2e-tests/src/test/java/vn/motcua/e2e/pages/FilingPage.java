package vn.motcua.e2e.pages;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The filing wizard: form fields by key ({@code form-<key>}), uploads, and the step buttons. */
public final class FilingPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    public FilingPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    public FilingPage type(String key, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-" + key)))
                .findElement(By.cssSelector("input, textarea"));
        scroll(input);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        return this;
    }

    public String value(String key) {
        return browser.findElement(By.id("form-" + key)).getDomProperty("value");
    }

    /** Clicks the radio button with this label. */
    public FilingPage choose(String key, String label) {
        wait.until(d -> d.findElement(By.id("form-" + key)).findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(b -> b.getText().strip().equals(label)).findFirst().map(b -> {
                    scroll(b);
                    b.click();
                    return true;
                }).orElse(null));
        return this;
    }

    /** Opens the select and clicks the item with this label. */
    public FilingPage select(String key, String label) {
        WebElement select = browser.findElement(By.id("form-" + key));
        scroll(select);
        select.click();
        wait.until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().strip().equals(label)).findFirst().map(i -> {
                    i.click();
                    return true;
                }).orElse(null));
        wait.until(d -> d.findElement(By.id("form-" + key)).findElement(By.tagName("vaadin-select-value-button"))
                .getText().contains(label));
        return this;
    }

    /** Types into a combo box (a long list such as the wards) and picks the item with this label. */
    public FilingPage pick(String key, String typed, String label) {
        WebElement combo = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-" + key)));
        WebElement input = combo.findElement(By.cssSelector("input"));
        scroll(input);
        input.click();
        input.sendKeys(typed);
        wait.until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().strip().equals(label)).findFirst().map(i -> {
                    i.click();
                    return true;
                }).orElse(null));
        wait.until(d -> label.equals(d.findElement(By.id("form-" + key)).findElement(By.cssSelector("input")).getDomProperty("value")));
        return this;
    }

    /** From the review to the payment step, pays at the sandbox gateway and waits for the portal to learn it. */
    public FilingPage payAtGateway(String expectedStatus) {
        next("pay");
        click("pay-online");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("gateway-pay"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-status"), expectedStatus));
        return this;
    }

    /** Ticks the checkbox. */
    public FilingPage tick(String key) {
        WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-" + key)));
        scroll(box);
        if (!Boolean.parseBoolean(String.valueOf(box.getDomProperty("checked")))) {
            box.click();
        }
        wait.until(d -> Boolean.parseBoolean(String.valueOf(d.findElement(By.id("form-" + key)).getDomProperty("checked"))));
        return this;
    }

    /** The date picker takes its value (ISO date) as a property. */
    public FilingPage date(String key, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("form-" + key)), isoDate);
        return this;
    }

    /** Uploads a file into the upload field and waits until the server has it and the draft is saved. */
    public FilingPage upload(String key, Path file) {
        uploadInto("#form-" + key + " vaadin-upload", file);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "Đã lưu nháp"));
        return this;
    }

    /**
     * Puts a file the server will refuse into the upload field; returns the reason the widget shows
     * on the file (which must not carry the tick of a completed upload).
     */
    public String uploadRefused(String key, Path file) {
        WebElement upload = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#form-" + key + " vaadin-upload")));
        scroll(upload);
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toString());
        try {
            return uploadError(upload, file);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("upload state: " + ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return JSON.stringify(arguments[0].files.map(f => ({name: f.name, complete: f.complete, error: f.error})))"
                    + " + ' files: ' + [...arguments[0].querySelectorAll('vaadin-upload-file')].map(f => f.fileName + '/' + f.complete + '/' + f.hasAttribute('error') + '/' + f.errorMessage).join(',')",
                    upload) + " error span: " + browser.findElement(By.id("form-" + key + "-error")).getText(), e);
        }
    }

    /** The refusal the widget shows on the file: its entry carries the error and not the completed state. */
    private String uploadError(WebElement upload, Path file) {
        return wait.until(d -> (String) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const entry = [...arguments[0].querySelectorAll('vaadin-upload-file')].find(f => f.fileName === arguments[1]);"
                + "if (!entry || entry.complete || !entry.hasAttribute('error')) { return null; }"
                + "return (arguments[0].files.find(f => f.name === arguments[1]) || {}).error || null;",
                upload, file.getFileName().toString()));
    }

    /** The label of the upload field's button ("Chọn tệp…"). */
    public String uploadButtonText(String key) {
        WebElement upload = browser.findElement(By.cssSelector("#form-" + key + " vaadin-upload"));
        return upload.findElements(By.cssSelector("vaadin-button[slot='add-button']")).stream().findFirst()
                .map(WebElement::getText).orElseGet(() -> upload.getShadowRoot()
                        .findElement(By.cssSelector("[part='upload-button'], vaadin-button")).getText());
    }

    /** Puts a file into a vaadin-upload and waits until it is uploaded. */
    public void uploadInto(String uploadSelector, Path file) {
        WebElement upload = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(uploadSelector)));
        scroll(upload);
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toString());
        wait.until(d -> upload.findElements(By.tagName("vaadin-upload-file")).stream()
                .anyMatch(f -> "true".equals(f.getDomAttribute("complete")) || "true".equals(String.valueOf(f.getDomProperty("complete")))));
    }

    /** "Tiếp tục" and wait until the named step is the current one ({@code fill, attach, review, pay}). */
    public FilingPage next(String expectedStep) {
        click("wizard-next");
        return waitForStep(expectedStep);
    }

    /** Waits until the named step is the current one (after a button or the browser's back/forward). */
    public FilingPage waitForStep(String expectedStep) {
        // the step labels are drawn anew at each step: look them up again on every poll
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("step-" + expectedStep)).getDomAttribute("class").contains("current"));
        return this;
    }

    /**
     * Files a procedure whose form is the generated one (a request and a phone number) with a file
     * in each required upload: through the fill, attach and review steps. Returns the dossier code.
     */
    public String fileRequestOnly(String request, String phone) {
        type("noiDungDeNghi", request).type("soDienThoai", phone);
        next("attach");
        attachRequired();
        next("review");
        return submit();
    }

    /**
     * Puts a small PDF of its own (uploads of the same content are refused) into every required
     * upload the documents step shows, as a citizen with the papers at hand would.
     */
    public FilingPage attachRequired() {
        java.util.List<String> required = browser.findElements(By.cssSelector("#procedure-uploads .motcua-upload-field")).stream()
                .filter(WebElement::isDisplayed).filter(f -> f.getText().lines().findFirst().orElse("").strip().endsWith("*"))
                .map(f -> f.getDomAttribute("id").substring("form-".length())).toList();
        for (String key : required) {
            try {
                // in the build's directory, not /tmp: a run of the journeys leaves nothing behind
                Path dir = java.nio.file.Files.createDirectories(Path.of("target", "uploads").toAbsolutePath());
                Path file = java.nio.file.Files.createTempFile(dir, key + "-", ".pdf");
                java.nio.file.Files.writeString(file, "%PDF-1.7\n% " + key + " " + java.util.UUID.randomUUID() + "\n%%EOF\n");
                uploadInto("#form-" + key + " vaadin-upload", file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return this;
    }

    /** "Tiếp tục" expecting the step to be refused; returns the summary of what to correct. */
    public String nextRefused() {
        click("wizard-next");
        return wait.until(d -> {
            String text = d.findElement(By.id("filing-errors")).getText();
            return text.isBlank() ? null : text;
        });
    }

    /** Whether every value of the review is drawn inside the window (not cut off to the right). */
    public boolean reviewValuesInsideWindow() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const w = document.documentElement.clientWidth;"
                + "return [...document.querySelectorAll('#review-lines dd')].every(d => { const r = d.getBoundingClientRect();"
                + " return r.width > 0 && r.left >= 0 && r.right <= w; });");
    }

    public String currentStep() {
        return browser.findElements(By.cssSelector("#filing-steps span")).stream()
                .filter(s -> s.getDomAttribute("class").contains("current")).findFirst().map(s -> s.getDomAttribute("id"))
                .orElse("");
    }

    public String reviewText() {
        WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-lines")));
        return String.join("|", list.findElements(By.cssSelector("dt, dd")).stream().map(WebElement::getText).toList());
    }

    /** Submits and returns the dossier code shown on the dossier page. */
    public String submit() {
        click("submit-dossier");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-code"))).getText();
    }

    public void click(String id) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        scroll(button);
        button.click();
    }

    private void scroll(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
