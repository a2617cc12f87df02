package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.testsupport.VneidSandboxTokens;

/**
 * kill -9 — or SIGTERM — of MotCua in the middle of concurrent API submissions, a restart on the
 * same data, and every request retried with its Idempotency-Key, as a citizen's app does after a
 * failure: every dossier acknowledged before the stop comes back with the same code, nothing is
 * filed twice, the codes stay gap-free, and every dossier is registered (its receipt issued)
 * shortly after. SIGTERM under load also ends the process and mariadbd within 15 s.
 */
class SubmissionCrashTest {

    private static final String CLIENT_SECRET = "crash-test-sandbox-client-secret";
    private static final List<String> CITIZENS = List.of("001092100001", "001194100002", "001150100018", "001208100019");
    private static final int SUBMISSIONS = 60;
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"(ca-xa-00004-\\d{6}-(\\d{4}))\"");
    private static final String REGISTRATION_STEP = "Tiếp nhận điện tử, cấp mã hồ sơ, hẹn trả";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** How the first server is stopped while submissions are in flight. */
    enum Stop { KILL_9, SIGTERM }

    @ParameterizedTest
    @EnumSource(Stop.class)
    void everyAcknowledgedDossierSurvivesAStopAndRetriesFileNothingTwice(Stop stop) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // the same address after the restart: the tokens' issuer stays valid
        }
        MotCuaServer first = server(MotCuaServer.onFreshDataDir("crash"), port).start();
        List<String> tokens = new ArrayList<>();
        for (String citizen : CITIZENS) {
            tokens.add(VneidSandboxTokens.accessToken(first.baseUrl(), "motcua-portal", CLIENT_SECRET, citizen, "246810", "123456"));
        }

        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger lost = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(12);
        for (int i = 0; i < SUBMISSIONS; i++) {
            int n = i;
            clients.submit(() -> {
                try {
                    HttpResponse<String> answer = submit(first.baseUrl(), tokens.get(n % tokens.size()), n);
                    if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                        acknowledged.put(n, code(answer.body()));
                    } else {
                        lost.incrementAndGet();
                    }
                } catch (IOException | InterruptedException e) {
                    lost.incrementAndGet(); // the server died under this request: not acknowledged
                }
            });
        }
        while (acknowledged.size() < 15) {
            Thread.sleep(20);
        }
        if (stop == Stop.KILL_9) {
            first.kill();
        } else {
            assertThat(first.terminate()).as("SIGTERM under load").isLessThan(Duration.ofSeconds(15));
            assertThat(first.mariadbdProcesses()).isEmpty();
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        System.out.printf("%s: %d acknowledged before the stop, %d not%n", stop, acknowledged.size(),
                SUBMISSIONS - acknowledged.size());
        if (stop == Stop.KILL_9) {
            assertThat(acknowledged.size()).isLessThan(SUBMISSIONS);
        }

        try (MotCuaServer second = server(MotCuaServer.on(first.dataDir()), port).start()) {
            // every request again, with its key
            Map<Integer, String> codes = new ConcurrentHashMap<>();
            for (int n = 0; n < SUBMISSIONS; n++) {
                HttpResponse<String> answer = submit(second.baseUrl(), tokens.get(n % tokens.size()), n);
                assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
                codes.put(n, code(answer.body()));
            }
            acknowledged.forEach((n, code) -> assertThat(codes.get(n)).as("submission %d kept its code", n).isEqualTo(code));
            assertThat(new TreeSet<>(codes.values())).as("no dossier filed twice").hasSize(SUBMISSIONS);
            TreeSet<Integer> numbers = new TreeSet<>();
            codes.values().forEach(c -> {
                Matcher m = CODE.matcher("\"code\": \"" + c + "\"");
                assertThat(m.find()).isTrue();
                numbers.add(Integer.parseInt(m.group(2)));
            });
            assertThat(numbers.first()).isEqualTo(1);
            assertThat(numbers.last()).as("gap-free: rolled-back submissions used no number").isEqualTo(SUBMISSIONS);

            // and each is registered (receipt issued) by the restarted node
            long restartedAt = System.nanoTime();
            int registered = 0;
            while (registered < SUBMISSIONS && System.nanoTime() - restartedAt < Duration.ofSeconds(120).toNanos()) {
                Thread.sleep(1000);
                registered = 0;
                for (String token : tokens) {
                    String mine = get(second.baseUrl() + "/api/v1/dossiers?mine=true", token).body();
                    registered += (int) codes.values().stream().filter(mine::contains).count()
                            - count(mine, REGISTRATION_STEP);
                }
            }
            System.out.printf("Crash: all %d registered %d ms after the retries%n", registered,
                    (System.nanoTime() - restartedAt) / 1_000_000);
            assertThat(registered).isEqualTo(SUBMISSIONS);
        }
    }

    private static MotCuaServer server(MotCuaServer server, int port) {
        return server.withEnv("SERVER_PORT", String.valueOf(port)).withEnv("MOTCUA_VNEID_SANDBOX_CLIENTSECRET", CLIENT_SECRET)
                .withEnv("MOTCUA_RATE_LIMITS_ENABLED", "false");
    }

    private HttpResponse<String> submit(String base, String token, int n) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "crash-submission-" + n)
                .POST(HttpRequest.BodyPublishers.ofString("{\"procedureCode\": \"1.004194\", \"formData\": "
                        + vn.motcua.testsupport.FilledForms.temporaryResidenceJson() + "}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String code(String body) {
        Matcher m = CODE.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            found++;
        }
        return found;
    }
}
