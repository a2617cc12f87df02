package vn.motcua.engine.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit's private key is unlocked from the keystore once, not for every document it signs. */
class SigningKeysTests {

    @TempDir
    Path data;

    @Test
    void aUnitsKeyIsUnlockedOnceAndReusedAcrossSignatures() {
        SigningKeys keys = SigningKeys.open(new SigningProperties(null, null, true, null), data.resolve("pki"));
        AgencyKey first = keys.forUnit("ubnd-xa-00004", "Ủy ban nhân dân Phường Ba Đình");
        assertThat(keys.forUnit("ubnd-xa-00004", "Ủy ban nhân dân Phường Ba Đình")).isSameAs(first);
        AgencyKey other = keys.forUnit("ca-xa-00004", "Công an Phường Ba Đình");
        assertThat(other).isNotSameAs(first);
        assertThat(other.certificate().getSubjectX500Principal().getName()).contains("ca-xa-00004");
        // a restart reads the same key from the saved keystore
        SigningKeys reopened = SigningKeys.open(new SigningProperties(null, null, true, null), data.resolve("pki"));
        assertThat(reopened.forUnit("ubnd-xa-00004", "Ủy ban nhân dân Phường Ba Đình").certificate())
                .isEqualTo(first.certificate());
    }
}
