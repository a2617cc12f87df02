package vn.motcua.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/** An ADMIN civil servant enters Camunda's web applications as themselves, named as the staff directory names them. */
@SpringBootTest
class PortalAdministratorsIntegrationTests {

    /** Trần Quốc Bảo, ADMIN in the demo staff directory. */
    private static final String ADMIN = "001085200010";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext context;

    private MockHttpServletRequest request(String idNumber, String role) {
        MockServletContext servlet = new MockServletContext();
        GenericWebApplicationContext web = new GenericWebApplicationContext(servlet);
        web.setParent(context);
        web.refresh();
        servlet.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, web);
        MockHttpServletRequest request = new MockHttpServletRequest(servlet);
        request.setUserPrincipal(() -> idNumber);
        request.addUserRole(role);
        return request;
    }

    @Test
    void theAdministratorIsNamedAsInTheStaffDirectory() {
        var result = new PortalAdministrators().extractAuthenticatedUser(request(ADMIN, "ADMIN"), engine);
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getGroups()).containsExactly(PortalAdministrators.CAMUNDA_ADMIN_GROUP);
        User user = engine.getIdentityService().createUserQuery().userId(ADMIN).singleResult();
        assertThat(user.getFirstName() + " " + user.getLastName()).isEqualTo("Trần Quốc Bảo");

        // a name changed in the directory follows at the next entry
        user.setFirstName("null");
        user.setLastName("null");
        engine.getIdentityService().saveUser(user);
        new PortalAdministrators().extractAuthenticatedUser(request(ADMIN, "ADMIN"), engine);
        User again = engine.getIdentityService().createUserQuery().userId(ADMIN).singleResult();
        assertThat(again.getFirstName() + " " + again.getLastName()).isEqualTo("Trần Quốc Bảo");
    }

    @Test
    void anyoneWithoutTheRoleIsRefused() {
        assertThat(new PortalAdministrators().extractAuthenticatedUser(request("079185100020", "CITIZEN"), engine)
                .isAuthenticated()).isFalse();
    }

    @Test
    void vietnameseNamesReadInTheirOwnOrder() {
        assertThat(PortalAdministrators.splitName("Nguyễn Văn An")).containsExactly("Nguyễn Văn", "An");
        assertThat(PortalAdministrators.splitName("An")).containsExactly("", "An");
        assertThat(PortalAdministrators.splitName(null)).containsExactly("", "");
    }
}
