package vn.motcua.engine.admin;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Service;

/**
 * Checks credentials of Camunda administrators for the parts of the engine MotCua exposes over
 * HTTP ({@code /engine-rest}), so the web layer never touches the Camunda API itself.
 */
@Service
public class EngineAdministrators {

    private final IdentityService identity;

    EngineAdministrators(IdentityService identity) {
        this.identity = identity;
    }

    /** @return true when the password is right and the user belongs to Camunda's admin group */
    public boolean authenticate(String userId, String password) {
        if (userId == null || password == null || userId.isBlank()) {
            return false;
        }
        return identity.checkPassword(userId, password)
                && identity.createGroupQuery().groupMember(userId).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
    }
}
