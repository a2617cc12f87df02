package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.e2e.support.MotCuaServer;

/**
 * kill -9 of the embedded mariadbd while the portal runs: MotCua notices within a second, answers
 * every request fast meanwhile (never a hang, never a 500), restarts the server on the same data, and
 * serves again without being restarted itself. The server is back in about a second (it no longer
 * makes a TLS key at each start), so a request made meanwhile usually waits for it within the pool's
 * 1.5 s and succeeds; one that cannot gets 503 "try again". A longer outage, where every request is
 * a 503, is ClusterTest's (its database stopped for seconds).
 */
class DatabaseCrashTest {

    private static final String DB_BACKED = "/api/v1/procedures/1.001193/model/versions";

    @Test
    void aKilledEmbeddedDatabaseIsRestartedAndThePortalResumesByItself() throws Exception {
        try (MotCuaServer server = MotCuaServer.onFreshDataDir("db-crash").start()) {
            assertThat(server.get(DB_BACKED, null, null).statusCode()).isEqualTo(200);
            List<ProcessHandle> before = server.mariadbdProcesses();
            assertThat(before).hasSize(1);

            long killedAt = System.nanoTime();
            before.get(0).destroyForcibly(); // SIGKILL
            before.get(0).onExit().get();

            List<Integer> statuses = new ArrayList<>();
            long slowest = 0;
            // the process is gone now, and stays gone until the watchdog's restart has finished
            boolean healthDown = server.get("/actuator/health", null, null).statusCode() == 503;
            boolean back = false;
            while (!back && System.nanoTime() - killedAt < Duration.ofSeconds(60).toNanos()) {
                long start = System.nanoTime();
                HttpResponse<String> answer = server.get(DB_BACKED, null, null);
                slowest = Math.max(slowest, System.nanoTime() - start);
                statuses.add(answer.statusCode());
                if (answer.statusCode() == 503) {
                    assertThat(answer.body()).contains("Dịch vụ tạm gián đoạn");
                    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                }
                healthDown |= server.get("/actuator/health", null, null).statusCode() == 503;
                back = answer.statusCode() == 200 && server.mariadbdProcesses().size() == 1;
                Thread.sleep(100);
            }
            Duration recovered = Duration.ofNanos(System.nanoTime() - killedAt);
            System.out.printf("mariadbd killed: portal answering again after %d ms; %d requests meanwhile, slowest %d ms,"
                    + " statuses %s%n", recovered.toMillis(), statuses.size(), slowest / 1_000_000, statuses);

            assertThat(back).as("the portal serves again without a restart of its own; output:%n%s", server.output()).isTrue();
            assertThat(statuses).as("only 'try again' or success, never an internal error").allMatch(s -> s == 200 || s == 503);
            assertThat(healthDown).as("health said DOWN during the outage").isTrue();
            assertThat(Duration.ofNanos(slowest)).as("fail fast").isLessThan(Duration.ofMillis(2500));
            assertThat(server.awaitOutput(Pattern.compile("The embedded MariaDB has died"), Duration.ofSeconds(1))).isPresent();
            assertThat(server.mariadbdProcesses().get(0).pid()).isNotEqualTo(before.get(0).pid());
            assertThat(server.get("/actuator/health", null, null).body()).contains("\"status\":\"UP\"");
            assertThat(server.isAlive()).isTrue();
        }
    }
}
