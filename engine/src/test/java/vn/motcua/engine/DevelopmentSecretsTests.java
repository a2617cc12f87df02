package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nodes sharing a data directory that create a secret at the same moment all end up with one secret. */
class DevelopmentSecretsTests {

    @Test
    void concurrentFirstStartsAgreeOnOneSecret(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secrets/payment-hmac.secret");
        int nodes = 8;
        CyclicBarrier together = new CyclicBarrier(nodes);
        Callable<String> node = () -> {
            together.await();
            return DevelopmentSecrets.configuredOrStored(null, file);
        };
        var pool = Executors.newFixedThreadPool(nodes);
        try {
            List<String> secrets = pool.invokeAll(IntStream.range(0, nodes).mapToObj(i -> node).toList()).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    }).toList();
            assertThat(secrets).hasSize(nodes).allMatch(s -> s.equals(secrets.get(0)));
            assertThat(DevelopmentSecrets.configuredOrStored(null, file)).isEqualTo(secrets.get(0));
            assertThat(OwnerOnlyFiles.isOwnerOnly(file)).isTrue();
            try (var left = java.nio.file.Files.list(file.getParent())) {
                assertThat(left.toList()).as("no temporary files left").containsExactly(file);
            }
        } finally {
            pool.shutdown();
        }
    }
}
