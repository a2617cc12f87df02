package vn.motcua.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountLevelPolicyTests {

    @Test
    void filingNeedsLevelTwoUnlessTheProcedureIsConfiguredLower() {
        var policy = new AccountLevelPolicy(new AccountLevelPolicy.Properties(null, Map.of("1.001193", 1)));
        assertThat(policy.requiredLevel("1.004222")).isEqualTo(2);
        assertThat(policy.mayFile("1.004222", 1)).isFalse();
        assertThat(policy.mayFile("1.004222", 2)).isTrue();
        assertThat(policy.requiredLevel("1.001193")).isEqualTo(1);
        assertThat(policy.mayFile("1.001193", 1)).isTrue();
    }
}
