package vn.motcua.engine.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffMember;
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
        ensureEngineUser(engine, principal.getName(), fullNameOf(request, principal.getName()));
        AuthenticationResult result = AuthenticationResult.successful(principal.getName());
        result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
        return result;
    }

    /** The civil servant's name in the staff directory (Camunda builds this provider, not Spring: looked up here). */
    private static String fullNameOf(HttpServletRequest request, String idNumber) {
        var context = WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        return context == null ? null
                : context.getBean(StaffDirectory.class).find(idNumber).map(StaffMember::fullName).orElse(null);
    }

    /**
     * Camunda's web applications accept only users its identity service knows: the ADMIN civil
     * servant gets an engine user on first entry, with a random password nobody knows (the portal's
     * login is the only way in), in the administrators group, and their name from the staff directory
     * (kept up to date at each entry), so Cockpit shows who they are instead of "null null".
     */
    static void ensureEngineUser(ProcessEngine engine, String idNumber, String fullName) {
        var identity = engine.getIdentityService();
        User existing = identity.createUserQuery().userId(idNumber).singleResult();
        String[] names = splitName(fullName);
        if (existing != null) {
            if (fullName != null && !(names[0].equals(existing.getFirstName()) && names[1].equals(existing.getLastName()))) {
                existing.setFirstName(names[0]);
                existing.setLastName(names[1]);
                identity.saveUser(existing);
            }
            return;
        }
        var user = identity.newUser(idNumber);
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        user.setPassword(Base64.getUrlEncoder().encodeToString(random));
        if (fullName != null) {
            user.setFirstName(names[0]);
            user.setLastName(names[1]);
        }
        identity.saveUser(user);
        identity.createMembership(idNumber, CAMUNDA_ADMIN_GROUP);
    }

    /**
     * Camunda shows "first last"; a Vietnamese name reads family, middle, given: the given name is
     * Camunda's last name, the rest its first, so the name reads in its own order ("Trần Quốc" "Bảo").
     */
    static String[] splitName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return new String[] {"", ""};
        }
        String name = fullName.strip();
        int space = name.lastIndexOf(' ');
        return space < 0 ? new String[] {"", name} : new String[] {name.substring(0, space), name.substring(space + 1)};
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // the portal's security chain challenges (redirect to the VNeID login) before Camunda sees the request
    }
}
