package vn.motcua.e2e.support;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver. Both paths are given explicitly so
 * Selenium Manager never tries to download a browser or a driver.
 */
public final class Browsers {

    static final String CHROMIUM = System.getProperty("motcua.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("motcua.chromedriver", "/usr/bin/chromedriver");

    private Browsers() {
    }

    public static WebDriver headlessChromium() {
        for (String path : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(path).canExecute()) {
                throw new IllegalStateException(path + " is missing: apt-get install -y chromium chromium-driver");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=vi-VN");
        // the console is kept so that every journey can check it ran without a CSP violation
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * What the browser's console said about the portal's Content-Security-Policy since the last
     * call: each message is a script, style, frame or connection the policy blocked. Camunda's
     * web applications bring a policy of their own and are not MotCua's pages.
     */
    public static java.util.List<String> contentSecurityPolicyViolations(WebDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .filter(message -> !message.contains("/camunda/"))
                .toList();
    }
}
