package vn.motcua.engine.admin;

import java.security.SecureRandom;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.engine.audit.AuditTrail;

/**
 * Makes sure the Camunda administrator exists. Its password comes from the environment; in the
 * default profile a missing one is generated and printed once, at the start that creates the
 * account. The {@code prod} profile refuses to start without one.
 */
@Component
@EnableConfigurationProperties(AdminProperties.class)
class AdminAccountInitializer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AdminProperties properties;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    AdminAccountInitializer(AdminProperties properties, IdentityService identity,
                            AuthorizationService authorizations, AuditTrail audit, TransactionTemplate transaction) {
        this.properties = properties;
        this.identity = identity;
        this.authorizations = authorizations;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void afterPropertiesSet() {
        transaction.executeWithoutResult(status -> ensureAdministrator());
    }

    private void ensureAdministrator() {
        String id = properties.user();
        User existing = identity.createUserQuery().userId(id).singleResult();
        if (existing != null) {
            if (properties.passwordConfigured() && !identity.checkPassword(id, properties.password())) {
                existing.setPassword(properties.password());
                identity.saveUser(existing);
                audit.record("system", "ADMIN_PASSWORD_SET", "USER", id, "from MOTCUA_ADMIN_PASSWORD");
            }
            return;
        }
        String password = properties.passwordConfigured() ? properties.password() : generatedPassword();
        createAdministrator(id, password);
        audit.record("system", "ADMIN_ACCOUNT_CREATED", "USER", id,
                properties.passwordConfigured() ? "password from MOTCUA_ADMIN_PASSWORD" : "password generated");
        if (!properties.passwordConfigured()) {
            log.warn("""

                    ================================================================
                     Camunda administrator created: user '{}', password '{}'
                     This password is shown only once. Set MOTCUA_ADMIN_PASSWORD
                     to choose your own. Cockpit: /camunda
                    ================================================================""", id, password);
        }
    }

    private String generatedPassword() {
        if (!properties.generatePassword()) {
            throw new IllegalStateException("No password for the Camunda administrator '" + properties.user()
                    + "': set MOTCUA_ADMIN_PASSWORD (the prod profile never generates or defaults one).");
        }
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private void createAdministrator(String id, String password) {
        User user = identity.newUser(id);
        user.setFirstName("Quản trị");
        user.setLastName("MotCua");
        user.setPassword(password);
        identity.saveUser(user);
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
            grantAllToAdministrators();
        }
        identity.createMembership(id, Groups.CAMUNDA_ADMIN);
    }

    /** Same grants as Camunda's own first-admin setup, so nothing changes if authorization is enabled. */
    private void grantAllToAdministrators() {
        for (Resource resource : Resources.values()) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(Groups.CAMUNDA_ADMIN);
            grant.setResource(resource);
            grant.setResourceId(Authorization.ANY);
            grant.addPermission(Permissions.ALL);
            authorizations.saveAuthorization(grant);
        }
    }
}
