package vn.motcua.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * One fresh headless Chromium per test, injected as a {@link WebDriver} parameter. A failed test
 * leaves a screenshot in {@code e2e-tests/target/screenshots}, taken before the browser closes; a
 * passing one fails after all if the browser reported a Content-Security-Policy violation.
 */
public class BrowserExtension implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("driver", Browsers.headlessChromium());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            screenshot(driver(context), context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
            return;
        }
        // every journey doubles as a check that the portal works under its Content-Security-Policy
        java.util.List<String> violations;
        try {
            violations = Browsers.contentSecurityPolicyViolations(driver(context));
        } catch (org.openqa.selenium.NoSuchSessionException closedByTheTest) {
            return; // a journey that hands over to a second browser closes the first itself
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The browser blocked content under the Content-Security-Policy: " + violations);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        WebDriver driver = context.getStore(NAMESPACE).remove("driver", WebDriver.class);
        if (driver != null) {
            driver.quit();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return driver(context);
    }

    private static WebDriver driver(ExtensionContext context) {
        return context.getStore(NAMESPACE).get("driver", WebDriver.class);
    }

    static void screenshot(WebDriver driver, String name) {
        Path dir = Path.of(System.getProperty("motcua.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screenshot of " + name, e);
        }
    }
}
