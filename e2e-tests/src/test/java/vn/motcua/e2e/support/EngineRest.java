package vn.motcua.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

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
}
