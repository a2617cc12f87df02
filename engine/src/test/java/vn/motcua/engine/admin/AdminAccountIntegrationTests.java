package vn.motcua.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.engine.audit.AuditTrail;

@SpringBootTest
class AdminAccountIntegrationTests {

    @Autowired
    EngineAdministrators administrators;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theAdministratorFromTheEnvironmentExistsAndIsACamundaAdmin() {
        assertThat(administrators.authenticate("admin", "engine-test-secret")).isTrue();
        assertThat(identity.createGroupQuery().groupMember("admin").groupId(Groups.CAMUNDA_ADMIN).count()).isOne();
        assertThat(audit.eventsFor("USER", "admin")).extracting(e -> e.action()).contains("ADMIN_ACCOUNT_CREATED");
    }

    @Test
    void wrongPasswordsUnknownUsersAndNonAdministratorsAreRejected() {
        // Not "admin": Camunda delays an account's next login after a wrong password.
        var impostor = identity.newUser("impostor");
        impostor.setPassword("right-one");
        identity.saveUser(impostor);
        identity.createMembership("impostor", Groups.CAMUNDA_ADMIN);
        assertThat(administrators.authenticate("impostor", "guess")).isFalse();
        assertThat(administrators.authenticate("nobody", "engine-test-secret")).isFalse();
        assertThat(administrators.authenticate("", "")).isFalse();
        assertThat(administrators.authenticate(null, null)).isFalse();

        var clerk = identity.newUser("clerk");
        clerk.setPassword("clerk-secret");
        identity.saveUser(clerk);
        assertThat(identity.checkPassword("clerk", "clerk-secret")).isTrue();
        assertThat(administrators.authenticate("clerk", "clerk-secret")).isFalse();
    }

    @Test
    void withoutAPasswordTheProdProfileRefusesToInventOne() {
        var prod = new AdminAccountInitializer(new AdminProperties("ops", null, false),
                identity, authorizations, audit, transaction);
        assertThatThrownBy(prod::afterPropertiesSet)
                .hasMessageContaining("set MOTCUA_ADMIN_PASSWORD");
        assertThat(identity.createUserQuery().userId("ops").count()).isZero();
    }

    @Test
    void theDefaultProfileGeneratesAPasswordOnlyForANewAccount() {
        var initializer = new AdminAccountInitializer(new AdminProperties("devops", null, true),
                identity, authorizations, audit, transaction);
        initializer.afterPropertiesSet();
        assertThat(identity.createUserQuery().userId("devops").count()).isOne();
        assertThat(administrators.authenticate("devops", "")).isFalse();

        initializer.afterPropertiesSet(); // a restart: the account stays as it was
        assertThat(audit.eventsFor("USER", "devops")).extracting(e -> e.action())
                .containsExactly("ADMIN_ACCOUNT_CREATED");
    }
}
