package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.FilingPage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.Browsers;
import vn.motcua.e2e.support.DatabaseServer;
import vn.motcua.e2e.support.EngineRest;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.testsupport.VneidSandboxTokens;

/**
 * Two MotCua nodes on one MariaDB, as a province runs them (docs/deploy.md): started at the same
 * moment on an empty database they set it up once; dossiers started on both are registered by both
 * job executors; when one node is killed with work in its hands, the other finishes it, and every
 * dossier is registered exactly once with one signed receipt; results of dossiers decided on both
 * nodes are issued once each. A citizen's draft follows them from
 * one node to the other. When the database itself goes away, the node fails fast (its API and a
 * logged-in citizen's pages say "temporarily interrupted", 503) and resumes by itself.
 */
@ExtendWith(BrowserExtension.class)
class ClusterTest {

    private static final Json JSON = new Json();
    private static final String ADMIN_PASSWORD = "Cluster-Admin-2026-secret";
    /** Dossiers started through the engine on both nodes; the benchmark variant: -Dmotcua.cluster.dossiers=10000. */
    private static final int DOSSIERS = Integer.getInteger("motcua.cluster.dossiers", 30);
    private static final int API_DOSSIERS = 40;
    /** Dossiers decided by staff working on both nodes, whose results both job executors issue. */
    private static final int DECIDED = 10;
    private static final int ALL = DOSSIERS + API_DOSSIERS + DECIDED;
    private static final String SANDBOX_SECRET = "cluster-test-sandbox-client-secret";
    private static final String PAYMENT_SECRET = "cluster-test-payment-hmac-secret";
    private static final String HO_THI_THU = "046155100007"; // Huế; no other journey logs her in

    @Test
    void twoNodesStartTogetherShareTheWorkAndOneFinishesWhatADeadOneLeft(WebDriver browser) throws Exception {
        DatabaseServer database = DatabaseServer.start("cluster-db");
        try {
            // the nodes share the data directory (keys, secrets, documents), as on a shared volume
            Path shared = MotCuaServer.runsDirectory().resolve("cluster-data-" + System.currentTimeMillis());
            MotCuaServer a = node(database, shared).launch();
            MotCuaServer b = node(database, shared).launch();
            try {
                a.awaitReady();
                b.awaitReady();
                assertThat(a.output() + b.output()).as("one node waited while the other set the database up")
                        .contains("Waited").contains("for another node of the cluster to finish starting");
                // the 1,084 models were deployed once, whoever deployed them
                assertThat(count(a, "/engine-rest/deployment/count?name=motcua-procedures")).isEqualTo(1);
                assertThat(count(b, "/engine-rest/process-definition/count?key=tthc_1_004194")).isEqualTo(1);

                // a citizen's draft saved on node A reopens on node B (another browser, another node)
                draftTypedOn(a, browser);
                WebDriver other = Browsers.headlessChromium();
                try {
                    new PortalUserPages(other, b.baseUrl()).loginAs(HO_THI_THU, "Hồ Thị Thu");
                    other.get(b.baseUrl() + "/thu-tuc/1.001193/nop-ho-so");
                    new WebDriverWait(other, Duration.ofSeconds(30)).until(ExpectedConditions
                            .textToBePresentInElementLocated(By.id("draft-status"), "Đã khôi phục bản nháp"));
                    assertThat(new FilingPage(other).value("tenTre")).isEqualTo("Hồ Bảo An");
                } finally {
                    other.quit();
                }

                // citizens' apps file through both nodes at once: one numbering, unique and gap-free
                List<String> codes = fileConcurrentlyThroughBoth(a, b);
                assertThat(codes).as("no code twice").doesNotHaveDuplicates().hasSize(API_DOSSIERS);
                assertThat(codes.stream().map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1))).sorted().toList())
                        .as("gap-free across the nodes")
                        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, API_DOSSIERS).boxed().toList());

                // a fee paid at the gateway for an order node A created; the gateway's callback reaches node B
                paidThroughTheOtherNode(a, b, browser, codes.get(0));

                // staff decide on both nodes, each step of a dossier on the other node than the step before;
                // both job executors issue the results: one signed decision per dossier, numbers never twice
                List<String> decided = decideOnBothNodes(a, b);
                List<String> results = new ArrayList<>();
                for (String instance : decided) {
                    results.add(EngineRest.awaitVariable(a, ADMIN_PASSWORD, instance, "resultDocumentId"));
                }
                assertThat(results).as("a result of its own for every decided dossier").doesNotHaveDuplicates();
                assertThat(count(a, "/engine-rest/history/activity-instance/count?activityId=Task_IssueResult&finished=true"))
                        .as("each result job ran to completion once").isEqualTo(DECIDED);
                assertThat(database.query("SELECT COUNT(*), COUNT(DISTINCT dossier_code) FROM issued_document"
                        + " WHERE dossier_code LIKE 'ca-xa-00004-decided-%' AND document_type <> 'RECEIPT'"))
                        .as("one result document per decided dossier").isEqualTo(DECIDED + "\t" + DECIDED);
                assertThat(database.query("SELECT COUNT(*) FROM (SELECT unit_code, number_symbol FROM issued_document"
                        + " GROUP BY unit_code, number_symbol HAVING COUNT(*) > 1) twice"))
                        .as("no document number issued twice by a unit").isEqualTo("0");

                List<String> instances = new ArrayList<>();
                for (int i = 0; i < DOSSIERS; i++) {
                    instances.add(EngineRest.startTemporaryResidence(i % 2 == 0 ? a : b, ADMIN_PASSWORD, String.format("ca-xa-00004-cluster-%04d", i)));
                }
                // node B dies with registration jobs in its hands (locked for 30 s)
                b.kill();
                long killedAt = System.nanoTime();
                long registered = 0;
                Duration patience = Duration.ofSeconds(120 + DOSSIERS / 10);
                while (registered < ALL && System.nanoTime() - killedAt < patience.toNanos()) {
                    Thread.sleep(1000);
                    registered = count(a, "/engine-rest/history/activity-instance/count?activityId=Task_Register&finished=true");
                }
                System.out.printf("Cluster: %d dossiers registered, the last %d ms after node B was killed%n",
                        registered, (System.nanoTime() - killedAt) / 1_000_000);
                assertThat(registered).as("node A finished what node B left").isEqualTo(ALL);

                // each registration ran to completion once, with one receipt of its own
                List<Map<String, Object>> registrations = list(a, "/engine-rest/history/activity-instance?activityId=Task_Register"
                        + "&finished=true&maxResults=" + (ALL + 10));
                assertThat(registrations.stream().map(r -> r.get("processInstanceId")).toList())
                        .as("one finished registration per dossier").hasSize(ALL).doesNotHaveDuplicates()
                        .containsAll(instances);
                List<Map<String, Object>> receipts = list(a, "/engine-rest/history/variable-instance?variableName=receiptDocumentId"
                        + "&maxResults=" + (ALL + 10));
                assertThat(receipts.stream().map(r -> r.get("processInstanceId")).toList()).hasSize(ALL)
                        .doesNotHaveDuplicates();
                assertThat(receipts.stream().map(r -> r.get("value")).toList()).as("a receipt of its own for every dossier")
                        .doesNotHaveDuplicates();
                // the staff queues say what the engine says: one open work item per open task, no strays
                long openTasks = count(a, "/engine-rest/task/count");
                assertThat(database.query("SELECT COUNT(*) FROM work_item WHERE is_open = 1"))
                        .as("open work items = open tasks").isEqualTo(String.valueOf(openTasks));
                assertThat(database.query("SELECT COUNT(*) FROM (SELECT process_instance_id, task_key FROM work_item"
                        + " WHERE is_open = 1 GROUP BY process_instance_id, task_key HAVING COUNT(*) > 1) twice"))
                        .as("no step open twice in a dossier").isEqualTo("0");

                // the external database goes away: the node answers "try again" fast, and resumes by itself
                PortalUserPages citizen = new PortalUserPages(browser, a.baseUrl());
                citizen.loginAs("001092100001", "Nguyễn Văn An");
                database.close();
                long start = System.nanoTime();
                var during = a.get("/api/v1/procedures/1.001193/model/versions", null, null);
                long took = (System.nanoTime() - start) / 1_000_000;
                assertThat(during.statusCode()).as(during.body()).isEqualTo(503);
                assertThat(took).as("fail fast (ms)").isLessThan(2500);
                assertThat(a.get("/actuator/health", null, null).statusCode()).isEqualTo(503);
                // a citizen who opens his dossier meanwhile gets the portal's "temporarily interrupted"
                // page in its layout (503), not an internal error or a stack trace
                browser.get(a.baseUrl() + "/ho-so/" + codes.get(0));
                var outage = new WebDriverWait(browser, Duration.ofSeconds(30));
                assertThat(outage.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#error-view[data-status='503'] h1"))).getText()).isEqualTo("Dịch vụ tạm gián đoạn");
                assertThat(browser.findElement(By.id("error-view")).getText()).contains("không bị mất")
                        .doesNotContain("Exception");
                assertThat(browser.findElements(By.id("nav-dossiers"))).as("still in the portal's layout").isNotEmpty();
                database = database.restart();
                int status = 0;
                for (long until = System.nanoTime() + Duration.ofSeconds(60).toNanos(); status != 200 && System.nanoTime() < until; ) {
                    Thread.sleep(500);
                    status = a.get("/api/v1/procedures/1.001193/model/versions", null, null).statusCode();
                }
                assertThat(status).as("served again once the database is back").isEqualTo(200);
                browser.get(a.baseUrl() + "/ho-so/" + codes.get(0));
                assertThat(outage.until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-payment"))).getText())
                        .as("the same page, the same session, once the database is back").contains("SBX-CLUSTER-1");
                assertThat(a.isAlive()).isTrue();
            } finally {
                a.close();
                b.close();
            }
        } finally {
            database.close();
        }
    }

    /** Temporary-residence dossiers accepted, proposed and approved through the engine, alternating nodes step by step. */
    private static List<String> decideOnBothNodes(MotCuaServer a, MotCuaServer b) throws InterruptedException {
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < DECIDED; i++) {
            instances.add(EngineRest.startTemporaryResidence(i % 2 == 0 ? a : b, ADMIN_PASSWORD,
                    String.format("ca-xa-00004-decided-%04d", i)));
        }
        for (int i = 0; i < DECIDED; i++) {
            MotCuaServer one = i % 2 == 0 ? a : b;
            MotCuaServer other = i % 2 == 0 ? b : a;
            String instance = instances.get(i);
            EngineRest.completeTask(one, ADMIN_PASSWORD, instance, "Task_Reception", "{\"receptionDecision\": {\"value\": \"ACCEPT\"}}");
            EngineRest.completeTask(other, ADMIN_PASSWORD, instance, "Task_Processing", "{\"processingDecision\": {\"value\": \"PROPOSE\"}}");
            EngineRest.completeTask(one, ADMIN_PASSWORD, instance, "Task_Approval", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
        }
        return instances;
    }

    /** Four citizens file through both nodes at once, each request on the other node than the last. */
    private static List<String> fileConcurrentlyThroughBoth(MotCuaServer a, MotCuaServer b) throws Exception {
        List<String> citizens = List.of("001092100001", "001194100002", "001150100018", "001208100019");
        Map<MotCuaServer, List<String>> tokens = new java.util.HashMap<>();
        for (MotCuaServer node : List.of(a, b)) {
            List<String> ofNode = new ArrayList<>();
            for (String citizen : citizens) {
                ofNode.add(VneidSandboxTokens.accessToken(node.baseUrl(), "motcua-portal", SANDBOX_SECRET, citizen, "246810", "123456"));
            }
            tokens.put(node, ofNode);
        }
        var http = java.net.http.HttpClient.newHttpClient();
        var clients = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> filed = new ArrayList<>();
            for (int i = 0; i < API_DOSSIERS; i++) {
                int n = i;
                MotCuaServer node = n % 2 == 0 ? a : b;
                filed.add(clients.submit(() -> {
                    var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(node.baseUrl() + "/api/v1/dossiers"))
                            .header("Authorization", "Bearer " + tokens.get(node).get(n % citizens.size()))
                            .header("Content-Type", "application/json").header("Idempotency-Key", "cluster-api-" + n)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                    "{\"procedureCode\": \"1.004194\", \"formData\": " + vn.motcua.testsupport.FilledForms.temporaryResidenceJson() + "}"))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                    return (String) JSON.<Map<String, Object>>toType(answer.body(), Json.MAP_TYPE).get("code");
                }));
            }
            List<String> codes = new ArrayList<>();
            for (var f : filed) {
                codes.add(f.get());
            }
            return codes;
        } finally {
            clients.shutdown();
        }
    }

    /** Nguyễn Văn An pays his dossier's fee on node A; the gateway notifies node B; node A shows it paid. */
    private static void paidThroughTheOtherNode(MotCuaServer a, MotCuaServer b, WebDriver browser, String code) throws Exception {
        PortalUserPages pages = new PortalUserPages(browser, a.baseUrl());
        pages.logout();
        pages.loginAs("001092100001", "Nguyễn Văn An");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // once registered, the dossier waits for its fee and offers the payment
        pages.openDossierUntil(code, d -> !d.findElements(By.id("dossier-pay")).isEmpty());
        browser.findElement(By.id("dossier-pay")).click();
        wait.until(d -> d.getCurrentUrl().contains("ref="));
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : java.net.URI.create(browser.getCurrentUrl()).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", java.nio.charset.StandardCharsets.UTF_8));
        }
        String body = "{\"ref\": \"%s\", \"transactionId\": \"SBX-CLUSTER-1\", \"amountVnd\": %s, \"status\": \"PAID\"}"
                .formatted(query.get("ref"), query.get("amount"));
        String timestamp = String.valueOf(java.time.Instant.now().getEpochSecond());
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(PAYMENT_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = java.util.HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(b.baseUrl() + "/api/v1/payments/callback"))
                .header("Content-Type", "application/json").header("X-Payment-Timestamp", timestamp)
                .header("X-Payment-Signature", signature).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("node B settles node A's order: " + answer.body()).isEqualTo(200);
        browser.get(a.baseUrl() + "/ho-so/" + code);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-payment"))).getText())
                .contains("SBX-CLUSTER-1");
        pages.logout();
    }

    private static void draftTypedOn(MotCuaServer node, WebDriver browser) {
        new PortalUserPages(browser, node.baseUrl()).loginAs(HO_THI_THU, "Hồ Thị Thu");
        browser.get(node.baseUrl() + "/thu-tuc/1.001193/nop-ho-so");
        new FilingPage(browser).type("tenTre", "Hồ Bảo An");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("draft-status"), "Đã lưu nháp"));
    }

    private static MotCuaServer node(DatabaseServer database, Path shared) {
        return database.node(MotCuaServer.on(shared)).withEnv("MOTCUA_ADMIN_PASSWORD", ADMIN_PASSWORD)
                // this test drives and reads the engine through its REST API far faster than a person
                .withEnv("MOTCUA_RATE_LIMITS_ENABLED", "false")
                .withEnv("MOTCUA_VNEID_SANDBOX_CLIENTSECRET", SANDBOX_SECRET)
                // equal on every node (docs/deploy.md): the gateway signs with it whichever node it calls
                .withEnv("MOTCUA_PAYMENT_HMAC_SECRET", PAYMENT_SECRET);
    }

    private static List<Map<String, Object>> list(MotCuaServer node, String path) {
        var response = node.get(path, "admin", ADMIN_PASSWORD);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.toType(response.body(), List.class);
    }

    private static long count(MotCuaServer node, String path) {
        var response = node.get(path, "admin", ADMIN_PASSWORD);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return ((Number) JSON.<Map<String, Object>>toType(response.body(), Json.MAP_TYPE).get("count")).longValue();
    }

}
