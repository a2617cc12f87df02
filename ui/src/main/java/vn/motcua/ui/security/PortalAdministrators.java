package vn.motcua.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the portal's login to Camunda's web applications (Cockpit, Tasklist, Admin): a civil
 * servant with the ADMIN role in the staff directory, logged in through VNeID, enters them as
 * themselves in Camunda's administrators group, with no second password. Camunda's
 * container-based authentication filter calls this for each request to {@code /camunda}.
 */
public class PortalAdministrators implements AuthenticationProvider {

    /** Camunda's built-in group that holds every authorization. */
    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = authentication != null && authentication.isAuthenticated() && authentication.getAuthorities()
                .stream().anyMatch(a -> ("ROLE_" + vn.motcua.engine.staff.StaffRole.ADMIN.name()).equals(a.getAuthority()));
        if (!admin) {
            return AuthenticationResult.unsuccessful();
        }
        ensureEngineUser(engine, authentication.getName());
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
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
        new java.security.SecureRandom().nextBytes(random);
        user.setPassword(java.util.Base64.getUrlEncoder().encodeToString(random));
        identity.saveUser(user);
        identity.createMembership(idNumber, CAMUNDA_ADMIN_GROUP);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // the portal's security chain challenges (redirect to the VNeID login) before Camunda sees the request
    }
}
