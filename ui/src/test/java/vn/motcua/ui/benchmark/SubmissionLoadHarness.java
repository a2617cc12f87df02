package vn.motcua.ui.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.engine.registry.DemoRegistry;
import vn.motcua.ui.MotCuaApplication;
import vn.motcua.ui.identity.SandboxTokens;
import vn.motcua.vneid.SandboxClient;

/**
 * Load harness: starts MotCua on a fresh data directory, gets VNeID tokens for the level-2 demo
 * citizens from the sandbox, and submits dossiers for temporary residence (1.004194) through
 * {@code POST /api/v1/dossiers} with N concurrent clients, printing submissions/s and latency
 * percentiles; then, in the same run and on the same database, bare Camunda
 * {@code startProcessInstanceByKey} of a one-task model as the ceiling. Run (N clients, seconds):
 * {@code ./mvnw -B -q -pl ui test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.motcua.ui.benchmark.SubmissionLoadHarness -Dexec.args="8 30"}
 */
public final class SubmissionLoadHarness {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String data = Files.createTempDirectory("motcua-load").toString();
        ConfigurableApplicationContext app = SpringApplication.run(MotCuaApplication.class, "--server.port=0",
                "--motcua.data-dir=" + data, "--motcua.admin.password=load-test", "--logging.level.root=WARN");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            SandboxClient sandbox = app.getBean(SandboxClient.class);
            List<String> tokens = new ArrayList<>();
            for (var account : DemoRegistry.ACCOUNTS) {
                if (account.level() == 2 && tokens.size() < clients) {
                    tokens.add(SandboxTokens.accessToken(port, sandbox, account.resident().idNumber(),
                            DemoRegistry.DEMO_PASSCODE, DemoRegistry.DEMO_OTP));
                }
            }
            System.out.printf("MotCua on port %d, %d clients, %d s per run, 2 cores%n", port, clients, seconds);
            run(port, tokens, clients, 5, false);           // warm-up
            Result api = run(port, tokens, clients, seconds, true);
            Result bare = bareCamunda(app.getBean(RuntimeService.class), app, clients, seconds);
            System.out.printf("REST submissions : %7.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d ok, %d failed)%n",
                    api.rate, api.p50, api.p95, api.p99, api.ok, api.failed);
            System.out.printf("bare Camunda start: %7.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n",
                    bare.rate, bare.p50, bare.p95, bare.p99);
            System.out.printf("ratio REST / bare : %.2f%n", api.rate / bare.rate);
        } finally {
            app.close();
        }
    }

    record Result(double rate, double p50, double p95, double p99, int ok, int failed) {
    }

    private static Result run(int port, List<String> tokens, int clients, int seconds, boolean measure) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String token = tokens.get(c % tokens.size());
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .header("Idempotency-Key", "load-" + UUID.randomUUID())
                                .POST(HttpRequest.BodyPublishers.ofString("{\"procedureCode\":\"1.004194\",\"formData\":{\"soDienThoai\":\"0912345678\"}}"))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            latencies.add(System.nanoTime() - t0);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return summarise(latencies, (System.nanoTime() - start) / 1e9, failed.get());
    }

    private static Result bareCamunda(RuntimeService runtime, ConfigurableApplicationContext app, int clients, int seconds)
            throws Exception {
        var repository = app.getBean(org.camunda.bpm.engine.RepositoryService.class);
        repository.createDeployment().name("load-ceiling").addModelInstance("ceiling.bpmn",
                org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("loadCeiling").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("work").endEvent().done()).deploy();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("dossierCode", UUID.randomUUID().toString());
                    runtime.startProcessInstanceByKey("loadCeiling", variables);
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return summarise(latencies, (System.nanoTime() - start) / 1e9, 0);
    }

    private static Result summarise(List<Long> latencies, double seconds, int failed) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return new Result(0, 0, 0, 0, 0, failed);
        }
        return new Result(sorted.size() / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted.size(), failed);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
