package vn.motcua.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/** Starting dossiers straight through Camunda's REST API (as an administrator), for the operational tests. */
public final class EngineRest {

    private static final Json JSON = new Json();

    private EngineRest() {
    }

    /**
     * Starts a temporary-residence dossier (1.004194) of Nguyễn Văn An in Ba Đình with its fee paid;
     * the registration job then issues its Mẫu 01 receipt. @return the process instance id
     */
    public static String startTemporaryResidence(MotCuaServer node, String adminPassword, String dossierCode) {
        var started = node.postJson("/engine-rest/process-definition/key/tthc_1_004194/start", "admin", adminPassword, """
                {"businessKey": "%s", "variables": {
                  "procedureCode": {"value": "1.004194"}, "channel": {"value": "ONLINE"},
                  "feePaid": {"value": true, "type": "Boolean"},
                  "applicantWardCode": {"value": "00004"}, "applicantProvinceCode": {"value": "01"},
                  "applicantIdNumber": {"value": "001092100001"}, "applicantName": {"value": "Nguyễn Văn An"},
                  "dossierCode": {"value": "%s"}}}""".formatted(dossierCode, dossierCode));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return (String) JSON.<Map<String, Object>>toType(started.body(), Json.MAP_TYPE).get("id");
    }

    /**
     * Completes the dossier's open task {@code taskKey} with {@code variables} (Camunda's JSON
     * variable map), waiting up to 30 s for it to open: registration and the steps before a task
     * run in jobs.
     */
    public static void completeTask(MotCuaServer node, String adminPassword, String instance, String taskKey, String variables)
            throws InterruptedException {
        List<Map<String, Object>> open = List.of();
        for (Instant deadline = Instant.now().plusSeconds(30); open.isEmpty() && Instant.now().isBefore(deadline); ) {
            open = JSON.toType(node.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey,
                    "admin", adminPassword).body(), List.class);
            if (open.isEmpty()) {
                Thread.sleep(300);
            }
        }
        assertThat(open).as("open %s of %s", taskKey, instance).hasSize(1);
        var done = node.postJson("/engine-rest/task/" + open.get(0).get("id") + "/complete", "admin", adminPassword,
                "{\"variables\": " + variables + "}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    /** The value of a process variable a job sets (receipt, result), waiting up to 60 s for the job to run. */
    public static String awaitVariable(MotCuaServer node, String adminPassword, String instance, String name)
            throws InterruptedException {
        for (Instant deadline = Instant.now().plusSeconds(60); Instant.now().isBefore(deadline); Thread.sleep(500)) {
            List<Map<String, Object>> values = JSON.toType(node.get("/engine-rest/history/variable-instance?processInstanceId="
                    + instance + "&variableName=" + name, "admin", adminPassword).body(), List.class);
            if (!values.isEmpty() && values.get(0).get("value") != null) {
                return values.get(0).get("value").toString();
            }
        }
        throw new AssertionError("No " + name + " of " + instance + " within 60 s: the job that sets it did not run");
    }

    /** A signed result: its id and the check code that opens it ({@code /tai-lieu/<id>?h=<check>}). */
    public record Result(String documentId, String check) {
    }

    /**
     * The dossier's civil servants accept it, propose the result with {@code proposal} and approve
     * (driven through the engine as an administrator); a step policy staff added in the studio (the
     * shared portal's 1.004194 may have gained a consultation) is completed as it comes. Returns the
     * result once the job issued it.
     */
    public static Result decideWithProposal(MotCuaServer node, String adminPassword, String dossierCode, String proposal)
            throws InterruptedException {
        String instance = instanceOf(node, adminPassword, dossierCode);
        for (int step = 0; step < 10; step++) {
            Map<String, Object> task = openTask(node, adminPassword, instance);
            String key = (String) task.get("taskDefinitionKey");
            String variables = switch (key) {
                case "Task_Reception" -> "{\"receptionDecision\": {\"value\": \"ACCEPT\"}}";
                case "Task_Processing" -> "{\"processingDecision\": {\"value\": \"PROPOSE\"}, \"proposedResult\": {\"value\": "
                        + JSON.toJson(proposal) + "}}";
                case "Task_Approval" -> "{\"approvalDecision\": {\"value\": \"APPROVE\"}}";
                default -> "{}";
            };
            var done = node.postJson("/engine-rest/task/" + task.get("id") + "/complete", "admin", adminPassword,
                    "{\"variables\": " + variables + "}");
            assertThat(done.statusCode()).as(key + ": " + done.body()).isEqualTo(204);
            if (key.equals("Task_Approval")) {
                return new Result(awaitVariable(node, adminPassword, instance, "resultDocumentId"),
                        awaitVariable(node, adminPassword, instance, "resultDocumentIdCheck"));
            }
        }
        throw new AssertionError("No approval step reached for " + dossierCode);
    }

    /** The process instance of a dossier, by its code (the business key). */
    public static String instanceOf(MotCuaServer node, String adminPassword, String dossierCode) {
        List<Map<String, Object>> found = JSON.toType(node.get("/engine-rest/process-instance?businessKey=" + dossierCode,
                "admin", adminPassword).body(), List.class);
        assertThat(found).as("process of %s", dossierCode).hasSize(1);
        return (String) found.get(0).get("id");
    }

    /** The instance's one open task, waiting up to 30 s for the jobs before it. */
    private static Map<String, Object> openTask(MotCuaServer node, String adminPassword, String instance) throws InterruptedException {
        for (Instant deadline = Instant.now().plusSeconds(30); Instant.now().isBefore(deadline); Thread.sleep(300)) {
            List<Map<String, Object>> open = JSON.toType(node.get("/engine-rest/task?processInstanceId=" + instance,
                    "admin", adminPassword).body(), List.class);
            if (!open.isEmpty()) {
                return open.get(0);
            }
        }
        throw new AssertionError("No open task of " + instance + " within 30 s");
    }

    /** The text of a signed result as a reader extracts it, whitespace collapsed. */
    public static String resultText(MotCuaServer node, Result result) throws java.io.IOException {
        var response = node.getBytes("/tai-lieu/" + result.documentId() + "?h=" + result.check());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
