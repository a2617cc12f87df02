package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;
import vn.motcua.e2e.pages.CamundaWelcomePage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.pages.CockpitProcessDefinitionPage;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * Policy staff open a procedure's model in Cockpit: after a fresh start all 1,084 procedures have
 * a process definition, and the hand-modelled linked procedure is drawn with its three agencies.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class ProcessModelJourneyTest {

    @Test
    void theLinkedProcedureOpensInCockpitWithItsDiagram(MotCuaServer portal, WebDriver browser) {
        String password = portal.generatedAdminPassword().orElseThrow();
        var count = portal.get("/engine-rest/process-definition/count?latestVersion=true&keyLike=tthc_%25", "admin", password);
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(((Number) new Json().<Map<String, Object>>toType(count.body(), Json.MAP_TYPE).get("count")).intValue()).isEqualTo(1084);

        var definition = portal.get("/engine-rest/process-definition/key/tthc_2_000986", "admin", password);
        assertThat(definition.statusCode()).isEqualTo(200);
        String id = (String) new Json().<Map<String, Object>>toType(definition.body(), Json.MAP_TYPE).get("id");

        // Cockpit with the portal's login of an ADMIN civil servant (Trần Quốc Bảo)
        new PortalUserPages(browser, portal.baseUrl()).loginAs("001085200010", "Trần Quốc Bảo");
        CamundaWelcomePage.open(browser, portal.baseUrl());
        CockpitProcessDefinitionPage cockpit = CockpitProcessDefinitionPage.open(browser, portal.baseUrl(), id);
        assertThat(cockpit.drawnElementIds()).contains("SubProcess_Handling", "Task_Reception", "Gateway_LinkedFork",
                "SubProcess_BirthRegistration", "SubProcess_PermanentResidence", "SubProcess_HealthInsuranceCard",
                "Gateway_LinkedJoin", "Event_Overdue");
        // drawn where the model's diagram puts them: the three agencies one below the other
        int birth = cockpit.shapeOf("SubProcess_BirthRegistration").getRect().getY();
        int residence = cockpit.shapeOf("SubProcess_PermanentResidence").getRect().getY();
        int insurance = cockpit.shapeOf("SubProcess_HealthInsuranceCard").getRect().getY();
        assertThat(birth).isLessThan(residence);
        assertThat(residence).isLessThan(insurance);
    }
}
