package vn.motcua.ui.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionGuardTests {

    private final ProductionGuard guard = new ProductionGuard();

    private static MockEnvironment prod() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        return environment.withProperty("motcua.demo.enabled", "false")
                .withProperty("motcua.vneid.sandbox.enabled", "false")
                .withProperty("motcua.payment.sandbox.enabled", "false")
                .withProperty("motcua.public-url", "https://dichvucong.example.gov.vn")
                .withProperty("motcua.vneid.issuer", "https://vneid.example.gov.vn");
    }

    @Test
    void prodStartsOnlyWithoutDemoDataAndSandboxes() {
        assertThatCode(() -> guard.postProcessEnvironment(prod(), null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> guard.postProcessEnvironment(prod().withProperty("motcua.demo.enabled", "true"), null))
                .hasMessageContaining("MOTCUA_DEMO_ENABLED must be false");
        assertThatThrownBy(() -> guard.postProcessEnvironment(prod().withProperty("motcua.vneid.sandbox.enabled", "true"), null))
                .hasMessageContaining("MOTCUA_VNEID_SANDBOX_ENABLED must be false");
        assertThatThrownBy(() -> guard.postProcessEnvironment(prod().withProperty("motcua.public-url", ""), null))
                .hasMessageContaining("MOTCUA_PUBLIC_URL must be set");
        MockEnvironment unset = new MockEnvironment();
        unset.setActiveProfiles("prod");
        assertThatThrownBy(() -> guard.postProcessEnvironment(unset, null))
                .hasMessageContaining("MOTCUA_DEMO_ENABLED").hasMessageContaining("MOTCUA_PAYMENT_SANDBOX_ENABLED");
    }

    @Test
    void otherProfilesAreLeftAlone() {
        assertThatCode(() -> guard.postProcessEnvironment(new MockEnvironment(), null)).doesNotThrowAnyException();
    }
}
