package vn.motcua.ui.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A generated corpus of malformed requests to every REST endpoint MotCua serves, in every content
 * type it might be sent: wrong types, missing and extra fields, broken JSON and multipart, hostile
 * strings in paths and parameters, signed callbacks with nonsense bodies, wrong methods. Seeded:
 * the same corpus every run, so a failure is reproducible by its index.
 */
final class MalformedRequestCorpus {

    record Case(String description, byte[] request) {
    }

    static final List<String> HOSTILE = List.of("", "%20", "null", "-1", "0", "2147483648", "99999999999999999999", "1e309",
            "NaN", "abc", "%00", "%ZZ", "..%2F..%2Fetc%2Fpasswd", "%27%3B%20DROP%20TABLE%20dossier%3B--",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%C4%91%C3%B4ng", "%F0%9F%99%82", "%FF%FE", "a".repeat(2_000),
            "%7B%7D", "%5B%5D", "true", "1.004194%00", "1.004194%0D%0AX-Injected:%201");

    static final List<String> JSON_VALUES = List.of("null", "true", "0", "-1", "1.5e308", "\"\"", "\"x\"", "[]", "{}",
            "[null]", "[1,2]", "{\"a\":{}}", "\"" + "b".repeat(70_000) + "\"", "\"\\u0000\"", "\"../../etc/passwd\"",
            "[\"../../x\"]", "[\"" + UUID.randomUUID() + "\"]", "\"đ🙂\"");

    static final List<String> CONTENT_TYPES = List.of("application/json", "text/plain", "application/xml",
            "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=zz",
            "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1", "*/*", "");

    private final Random random = new Random(20_261_128L);
    private final List<Case> cases = new ArrayList<>();
    private final String bearer;
    private final BiFunction<String, String, String> callbackSignature;

    /**
     * @param bearer            a valid access token of a citizen, so that bodies reach the controllers
     * @param callbackSignature (timestamp, body) → the gateway's signature, so that signed nonsense reaches the service
     */
    MalformedRequestCorpus(String bearer, BiFunction<String, String, String> callbackSignature) {
        this.bearer = bearer;
        this.callbackSignature = callbackSignature;
    }

    List<Case> generate() {
        catalogue();
        dossiers();
        verification();
        callbacks();
        originals();
        wrongMethods();
        while (cases.size() < 2_100) {
            randomMixture();
        }
        return cases;
    }

    private void catalogue() {
        for (String parameter : List.of("q", "sector", "level", "agency", "online", "paid", "page", "size", "unknown")) {
            for (String value : HOSTILE) {
                get("/api/v1/procedures?" + parameter + "=" + value, null);
            }
        }
        for (String value : HOSTILE) {
            get("/api/v1/procedures/" + (value.isEmpty() ? "%20" : value), null);
            get("/api/v1/procedures?page=" + value + "&size=" + value + "&q=" + value, null);
        }
    }

    private void dossiers() {
        for (String field : List.of("procedureCode", "channel", "formData", "attachmentIds", "paymentId")) {
            for (String value : JSON_VALUES) {
                String body = "{\"procedureCode\":\"1.004194\",\"formData\":{\"soDienThoai\":\"0912345678\"},\"" + field + "\":"
                        + value + (field.equals("formData") || field.equals("attachmentIds") ? "" : ",\"attachmentIds\":[\"nope\"]")
                        + "}";
                post("/api/v1/dossiers", "application/json", body, bearer, "fuzz-" + random.nextInt(1_000_000));
            }
        }
        for (String value : JSON_VALUES) {
            String form = "{\"procedureCode\":\"1.004194\",\"formData\":{\"soDienThoai\":" + value + ",\"noiDung\":" + value + "}}";
            post("/api/v1/dossiers", "application/json", form, bearer, "fuzz-form-" + random.nextInt(1_000_000));
        }
        for (String contentType : CONTENT_TYPES) {
            for (String body : List.of("", "{", "[]", "null", "123", "\"s\"", "{\"procedureCode\":}", "--zz\r\nbroken",
                    "procedureCode=1.004194", "<dossier/>", "\u0000\u0001\u0002")) {
                post("/api/v1/dossiers", contentType, body, bearer, "fuzz-ct-" + random.nextInt(1_000_000));
            }
        }
        for (String value : HOSTILE) {
            get("/api/v1/dossiers/" + (value.isEmpty() ? "%20" : value), bearer);
            get("/api/v1/dossiers?mine=" + value, bearer);
        }
        post("/api/v1/dossiers", "application/json", "{\"procedureCode\":\"1.004194\"}", "not.a.token", "fuzz-unauth-1");
        post("/api/v1/dossiers", "application/json", "{\"procedureCode\":\"1.004194\"}", "", "fuzz-unauth-2");
    }

    private void verification() {
        String boundary = "----motcua" + random.nextInt(1000);
        for (String contentType : CONTENT_TYPES) {
            post("/api/v1/documents/verify", contentType, "%PDF-1.7 garbage", null, null);
        }
        List<String> bodies = List.of("",
                "--" + boundary + "--\r\n",
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7\r\n--" + boundary + "--\r\n",
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + boundary + "--\r\n",
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n",
                "--" + boundary + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--" + boundary + "--\r\n",
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n--" + boundary + "--\r\n",
                "garbage without any boundary",
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"e.pdf\"\r\n\r\n"
                        + "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count -5/Kids[2 0 R]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\r\n--" + boundary + "--\r\n");
        for (String body : bodies) {
            post("/api/v1/documents/verify", "multipart/form-data; boundary=" + boundary, body, null, null);
            post("/api/v1/documents/verify", "multipart/form-data; boundary=other", body, null, null);
            if (!body.contains("%PDF")) { // a well-formed PDF upload is no malformed request: it would be stored
                post("/api/v1/attachments", "multipart/form-data; boundary=" + boundary, body, bearer, null);
            }
        }
        for (String fileName : List.of("a\u0000.pdf", "../../data/secrets/x.pdf", "", "C:\\\\x\\\\..\\\\y.exe", "đ🙂.pdf",
                "x".repeat(3_000))) {
            for (String content : List.of("", "MZ\u0090", "GIF89a")) {
                post("/api/v1/attachments", "multipart/form-data; boundary=" + boundary, "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n\r\n" + content
                        + "\r\n--" + boundary + "--\r\n", bearer, null);
            }
        }
        for (String contentType : CONTENT_TYPES) {
            post("/api/v1/attachments", contentType, "%PDF-1.7", bearer, null);
        }
    }

    private void callbacks() {
        List<String> bodies = List.of("null", "{}", "[]", "123", "\"x\"", "{\"ref\":null}", "{\"status\":null}",
                "{\"ref\":\"nope\",\"transactionId\":\"t\",\"amountVnd\":1,\"status\":\"PAID\"}",
                "{\"ref\":\"nope\",\"transactionId\":\"t\",\"amountVnd\":\"x\",\"status\":\"PAID\"}",
                "{\"ref\":\"nope\",\"transactionId\":\"t\",\"amountVnd\":1,\"status\":null}",
                "{\"ref\":{},\"transactionId\":[],\"amountVnd\":1e400,\"status\":7}",
                "{\"ref\":\"nope\",\"transactionId\":\"" + "t".repeat(500) + "\",\"amountVnd\":1,\"status\":\"PAID\"}",
                "{", "");
        long now = System.currentTimeMillis() / 1000;
        for (String body : bodies) {
            String timestamp = Long.toString(now);
            callback(body, timestamp, callbackSignature.apply(timestamp, body));
            callback(body, timestamp, "00");
            callback(body, null, null);
            for (String badTimestamp : List.of("abc", "-1", "99999999999999999999", "", "1e3")) {
                callback(body, badTimestamp, callbackSignature.apply(badTimestamp, body));
            }
        }
        for (String contentType : CONTENT_TYPES) {
            post("/api/v1/payments/callback", contentType, "null", null, null);
        }
    }

    private void originals() {
        for (String value : HOSTILE) {
            get("/tai-lieu/" + (value.isEmpty() ? "%20" : value) + "?h=" + value, null);
            get("/tai-lieu/" + UUID.randomUUID(), null);
        }
    }

    private void wrongMethods() {
        for (String path : List.of("/api/v1/procedures", "/api/v1/procedures/1.004194", "/api/v1/dossiers",
                "/api/v1/documents/verify", "/api/v1/payments/callback", "/v3/api-docs")) {
            for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND")) {
                request(method, path, "application/json", "{}", bearer, null, List.of());
            }
        }
    }

    private void randomMixture() {
        String value = HOSTILE.get(random.nextInt(HOSTILE.size()));
        String json = JSON_VALUES.get(random.nextInt(JSON_VALUES.size()));
        switch (random.nextInt(5)) {
            case 0 -> get("/api/v1/procedures?q=" + value + "&level=" + HOSTILE.get(random.nextInt(HOSTILE.size()))
                    + "&page=" + random.nextInt() + "&size=" + random.nextInt(), null);
            case 1 -> post("/api/v1/dossiers", CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())),
                    "{\"procedureCode\":" + json + ",\"formData\":{\"" + randomKey() + "\":" + json + "},\"attachmentIds\":"
                            + json + "}", bearer, "fuzz-mix-" + random.nextInt(1_000_000));
            case 2 -> get("/api/v1/dossiers/" + (value.isEmpty() ? "x" : value), bearer);
            case 3 -> {
                String timestamp = Long.toString(System.currentTimeMillis() / 1000);
                String body = "{\"ref\":" + json + ",\"transactionId\":" + json + ",\"amountVnd\":" + json + ",\"status\":" + json + "}";
                callback(body, timestamp, callbackSignature.apply(timestamp, body));
            }
            default -> {
                byte[] junk = new byte[random.nextInt(2_000)];
                random.nextBytes(junk);
                post("/api/v1/documents/verify", "multipart/form-data; boundary=zz", "--zz\r\nContent-Disposition: form-data;"
                        + " name=\"file\"; filename=\"r.pdf\"\r\n\r\n%PDF-1." + new String(junk, StandardCharsets.ISO_8859_1)
                        + "\r\n--zz--\r\n", null, null);
            }
        }
    }

    private String randomKey() {
        return List.of("soDienThoai", "noiDung", "x", "", "__proto__", "a.b", "../k").get(random.nextInt(7));
    }

    private void get(String path, String token) {
        request("GET", path, null, null, token, null, List.of());
    }

    private void post(String path, String contentType, String body, String token, String idempotencyKey) {
        request("POST", path, contentType, body, token, idempotencyKey, List.of());
    }

    private void callback(String body, String timestamp, String signature) {
        List<String> headers = new ArrayList<>();
        if (timestamp != null) {
            headers.add("X-Payment-Timestamp: " + timestamp);
        }
        if (signature != null) {
            headers.add("X-Payment-Signature: " + signature);
        }
        request("POST", "/api/v1/payments/callback", "application/json", body, null, null, headers);
    }

    private void request(String method, String path, String contentType, String body, String token, String key,
                         List<String> headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: localhost\r\n");
        if (contentType != null && !contentType.isEmpty()) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (key != null) {
            // never a valid key (spaces are not allowed): even a body that happened to be valid files nothing
            head.append("Idempotency-Key: not valid ").append(key).append("\r\n");
        }
        headers.forEach(h -> head.append(h).append("\r\n"));
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] request = new byte[start.length + content.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(content, 0, request, start.length, content.length);
        cases.add(new Case(method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path)
                + (contentType == null ? "" : " [" + contentType + "]")
                + (body == null ? "" : " " + (body.length() > 120 ? body.substring(0, 120) + "…" : body)), request));
    }
}
