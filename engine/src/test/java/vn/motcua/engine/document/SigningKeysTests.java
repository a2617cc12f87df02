package vn.motcua.engine.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit's private key is unlocked from the keystore once, not for every document it signs, and
 * created once for all nodes that share the development keystore.
 */
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

    @Test
    void nodesSharingTheDataDirectoryCreateEachUnitsKeyOnceAndKeepEveryUnit() throws Exception {
        // two nodes opened the development keystore at start-up, before either signed anything
        SigningKeys nodeA = SigningKeys.open(new SigningProperties(null, null, true, null), data.resolve("pki"));
        SigningKeys nodeB = SigningKeys.open(new SigningProperties(null, null, true, null), data.resolve("pki"));
        List<String> units = List.of("ca-xa-00004", "ubnd-xa-00004", "ca-xa-10507", "ubnd-xa-20194");
        ExecutorService signers = Executors.newFixedThreadPool(8);
        try {
            List<Future<AgencyKey>> ofA = new ArrayList<>();
            List<Future<AgencyKey>> ofB = new ArrayList<>();
            for (String unit : units) {
                ofA.add(signers.submit(() -> nodeA.forUnit(unit, "Đơn vị " + unit)));
                ofB.add(signers.submit(() -> nodeB.forUnit(unit, "Đơn vị " + unit)));
            }
            SigningKeys restarted = null;
            for (int i = 0; i < units.size(); i++) {
                X509Certificate a = ofA.get(i).get().certificate();
                assertThat(ofB.get(i).get().certificate()).as("one key for %s on both nodes", units.get(i)).isEqualTo(a);
                restarted = restarted == null
                        ? SigningKeys.open(new SigningProperties(null, null, true, null), data.resolve("pki")) : restarted;
                assertThat(restarted.forUnit(units.get(i), "Đơn vị " + units.get(i)).certificate())
                        .as("%s kept in the saved keystore", units.get(i)).isEqualTo(a);
            }
        } finally {
            signers.shutdownNow();
        }
    }
}
