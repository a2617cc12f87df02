package vn.motcua.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Cockpit's page of one process definition, whose diagram bpmn-js draws from the model's DI. */
public class CockpitProcessDefinitionPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private CockpitProcessDefinitionPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    public static CockpitProcessDefinitionPage open(WebDriver driver, String baseUrl, String definitionId) {
        driver.get(baseUrl + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
        CockpitProcessDefinitionPage page = new CockpitProcessDefinitionPage(driver);
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-container svg .djs-element")));
        return page;
    }

    /** Ids of the BPMN elements drawn in the diagram. */
    public List<String> drawnElementIds() {
        return driver.findElements(By.cssSelector(".djs-container svg .djs-element[data-element-id]")).stream()
                .map(e -> e.getAttribute("data-element-id")).toList();
    }

    /** The drawn shape of an element: bpmn-js lays it out from the model's diagram interchange. */
    public WebElement shapeOf(String elementId) {
        return driver.findElement(By.cssSelector(".djs-container svg .djs-shape[data-element-id='" + elementId + "']"));
    }
}
