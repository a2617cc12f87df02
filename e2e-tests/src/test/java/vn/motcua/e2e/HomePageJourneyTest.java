package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import vn.motcua.e2e.pages.CamundaLoginPage;
import vn.motcua.e2e.pages.HomePage;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/** A visitor opens the portal, reads it in Vietnamese, switches to English and back. */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class HomePageJourneyTest {

    @Test
    void theHomePageSpeaksVietnameseFirstAndEnglishOnRequest(MotCuaServer portal, WebDriver browser) {
        HomePage home = HomePage.open(browser, portal.baseUrl());
        assertThat(home.portalTitle()).isEqualTo("Cổng dịch vụ công");
        assertThat(home.heading()).isEqualTo("Dịch vụ công trực tuyến, một cửa");
        assertThat(home.languageSwitchLabel()).isEqualTo("English");
        assertThat(home.documentLanguage()).isEqualTo("vi");

        home.switchLanguage("Public Service Portal");
        assertThat(home.heading()).isEqualTo("Online public services, one stop");
        assertThat(home.languageSwitchLabel()).isEqualTo("Tiếng Việt");
        assertThat(home.documentLanguage()).isEqualTo("en");

        home.switchLanguage("Cổng dịch vụ công");
        assertThat(home.heading()).isEqualTo("Dịch vụ công trực tuyến, một cửa");
    }

    @Test
    void theProcessAdministrationLinkLeadsToCamundasSignInWhereTheAdministratorGetsIn(
            MotCuaServer portal, WebDriver browser) {
        CamundaLoginPage login = HomePage.open(browser, portal.baseUrl()).followCamundaLink();
        assertThat(login.currentUrl()).contains("/camunda/app/");
        assertThat(login.showsUsernameAndPasswordFields()).isTrue();

        String password = portal.generatedAdminPassword().orElseThrow();
        CamundaLoginPage.open(browser, portal.baseUrl()).signIn("admin", password);
    }
}
