package vn.motcua.engine.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import vn.motcua.engine.staff.StaffRole;

/**
 * Hands the portal's login to Camunda's web applications (Cockpit, Tasklist, Admin): a civil
 * servant with the ADMIN role in the staff directory, logged in through VNeID, enters them as
 * themselves in Camunda's administrators group, with no second password. Camunda's
 * container-based authentication filter calls this for each request to {@code /camunda}; the
 * portal's security has already put the login on the request (principal and roles).
 */
public class PortalAdministrators implements AuthenticationProvider {

    /** Camunda's built-in group that holds every authorization. */
    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Principal principal = request.getUserPrincipal();
        if (principal == null || !request.isUserInRole(StaffRole.ADMIN.name())) {
            return AuthenticationResult.unsuccessful();
        }
        ensureEngineUser(engine, principal.getName());
        AuthenticationResult result = AuthenticationResult.successful(principal.getName());
        result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
        return result;
    }

    /**
     * Camunda's web applications accept only users its identity service knows: the ADMIN civil
     * servant gets an engine user on first entry, with a random password nobody knows (the portal's
     * login is the only way in), in the administrators group.
     */
    private static void ensureEngineUser(ProcessEngine engine, String idNumber) {
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(idNumber).count() > 0) {
            return;
        }
        var user = identity.newUser(idNumber);
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        user.setPassword(Base64.getUrlEncoder().encodeToString(random));
        identity.saveUser(user);
        identity.createMembership(idNumber, CAMUNDA_ADMIN_GROUP);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // the portal's security chain challenges (redirect to the VNeID login) before Camunda sees the request
    }
}
