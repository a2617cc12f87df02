package vn.motcua.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.FilingPage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.support.Browsers;
import vn.motcua.e2e.support.MotCuaServer;

/**
 * Retained heap per logged-in citizen session (a harness, not a test; issue #16). MotCua runs as
 * the README starts it (the jar; with the e2e suite's {@code -Xmx768m}); one headless Chromium
 * logs in through the VNeID sandbox, opens the catalogue, searches it and opens the filing wizard
 * of temporary residence, then drops its cookies and does it again as a new session — the
 * server keeps each session (and its Vaadin UIs) until it times out. A class histogram of the
 * server's heap ({@code jcmd GC.class_histogram}, which collects first) is taken after a warm-up
 * session and after {@code n} more; the difference divided by {@code n} is what one session
 * retains. Prints the total and the classes that grew most.
 * Run (after {@code ./mvnw -B -DskipTests install}):
 * {@code cd e2e-tests && ../mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.motcua.e2e.SessionFootprintBenchmark -Dexec.args="60"}
 */
public final class SessionFootprintBenchmark {

    /** Level-2 demo citizens (their login has the OTP step the page object expects). */
    private static final String[][] CITIZENS = {
            {"001092100001", "Nguyễn Văn An"}, {"001194100002", "Trần Thị Bình"}, {"048088100003", "Lê Hoàng Nam"},
            {"074198100006", "Đặng Ngọc Lan"}, {"056199100011", "Nguyễn Khánh Linh"}};

    /**
     * -Dmotcua.bench.leave=true: each session's last page (the wizard) is left before the next
     * session starts — what a session costs once the citizen has closed its pages, against what it
     * costs while the wizard is open (the default).
     */
    private static final boolean LEAVE_LAST_PAGE = Boolean.getBoolean("motcua.bench.leave");

    /**
     * -Dmotcua.bench.documents=true: the citizen fills the first step and opens the documents step
     * (its upload widgets are built only then), so the session holds the whole wizard.
     */
    private static final boolean DOCUMENTS_STEP = Boolean.getBoolean("motcua.bench.documents");

    private static final int WARM_UP_SESSIONS = Integer.getInteger("motcua.bench.warmup", 5);

    private SessionFootprintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        try (MotCuaServer server = MotCuaServer.onFreshDataDir("session-footprint").start()) {
            WebDriver browser = Browsers.headlessChromium();
            try {
                // Warm-up: the server's worker threads each keep Jackson's 64k-character buffer once they
                // have written a large response (a JFR old-object sample found these as the "char[]"
                // growth); several sessions first, so that the threads' buffers are not counted per session.
                for (int i = 0; i < WARM_UP_SESSIONS; i++) {
                    session(browser, server.baseUrl(), i);
                }
                Map<String, long[]> before = histogram(server.pid());
                long start = System.nanoTime();
                for (int i = 1; i <= sessions; i++) {
                    session(browser, server.baseUrl(), i);
                }
                System.out.printf("%d sessions opened in %.1f s%n", sessions, (System.nanoTime() - start) / 1e9);
                Map<String, long[]> after = histogram(server.pid());
                report(before, after, sessions);
            } finally {
                browser.quit();
            }
        }
    }

    /** A new session: log in, the catalogue and a search in it, the filing wizard's first step. */
    private static void session(WebDriver browser, String baseUrl, int i) {
        if (LEAVE_LAST_PAGE) {
            // the wizard's page unloads while its cookie is still there, so Vaadin's unload beacon
            // closes its UI; then a same-origin page without a UI, where the cookies can be dropped
            browser.get("about:blank");
            browser.get(baseUrl + "/api/v1/procedures/1.004194");
        }
        browser.manage().deleteAllCookies();
        browser.get(baseUrl + "/");
        String[] citizen = CITIZENS[i % CITIZENS.length];
        new PortalUserPages(browser, baseUrl).loginAs(citizen[0], citizen[1]);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(baseUrl + "/thu-tuc?q=tam%20tru");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("catalogue-found")));
        browser.get(baseUrl + "/thu-tuc/1.004194/nop-ho-so");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='form-']")));
        if (DOCUMENTS_STEP) {
            FilingPage filing = new FilingPage(browser);
            String ward = "Phường Hải Vân, Thành phố Đà Nẵng";
            // the citizen's draft of an earlier session may have the ward already
            if (!ward.equals(browser.findElement(By.cssSelector("#form-phuongXaTamTru input")).getDomProperty("value"))) {
                filing.pick("phuongXaTamTru", "Hải Vân", ward);
            }
            filing.type("diaChiTamTru", "Số 8 đường Nguyễn Văn Cừ").type("thoiHanTamTru", "12")
                    .choose("truongHop", "Thuê, mượn, ở nhờ: cần ý kiến đồng ý của chủ hộ hoặc chủ sở hữu chỗ ở")
                    .type("soDinhDanhChuSoHuu", "048088100003").type("quanHeVoiChuHo", "Người thuê nhà").tick("chuSoHuuDongY")
                    .type("soDienThoai", "0905222333").next("attach");
        }
    }

    /** Objects whose count per session says what a session holds, and whose they are. */
    private static final List<String> OWNERS = List.of(
            "org.apache.catalina.session.StandardSession",
            "com.vaadin.flow.server.VaadinSession",
            "com.vaadin.flow.component.UI",
            "org.springframework.security.oauth2.client.OAuth2AuthorizedClient",
            "org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser",
            // kept by the VNeID sandbox's authorization server, not by the portal's session
            "org.springframework.security.oauth2.server.authorization.OAuth2Authorization",
            "org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent",
            // not the session's: a new worker thread keeps its own Jackson buffers (char[]) once it has
            // written a large response; counted so that such growth is not mistaken for the session's
            "java.lang.Thread");

    private static void report(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        long total = 0;
        List<Map.Entry<String, Long>> grown = new ArrayList<>();
        for (var entry : after.entrySet()) {
            long[] was = before.getOrDefault(entry.getKey(), new long[2]);
            long bytes = entry.getValue()[1] - was[1];
            total += bytes;
            grown.add(Map.entry(entry.getKey(), bytes));
        }
        grown.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        System.out.printf("retained heap per session: %,.0f bytes (%,d bytes for %d sessions, live objects after a full GC)%n",
                total / (double) sessions, total, sessions);
        System.out.println("what each session added (instances per session, shallow bytes per session):");
        for (String owner : OWNERS) {
            long[] was = before.getOrDefault(owner, new long[2]);
            long[] now = after.getOrDefault(owner, new long[2]);
            System.out.printf("  %8.2f  %8.0f  %s%n", (now[0] - was[0]) / (double) sessions, (now[1] - was[1]) / (double) sessions, owner);
        }
        System.out.println("classes that grew most (bytes per session, instances per session):");
        for (var entry : grown.subList(0, Math.min(20, grown.size()))) {
            long[] was = before.getOrDefault(entry.getKey(), new long[2]);
            System.out.printf("  %10.0f  %8.1f  %s%n", entry.getValue() / (double) sessions,
                    (after.get(entry.getKey())[0] - was[0]) / (double) sessions, entry.getKey());
        }
    }

    /** Class name → {instances, bytes} of live objects; the histogram command runs a full GC first. */
    private static Map<String, long[]> histogram(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.class_histogram").start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
        Map<String, long[]> classes = new HashMap<>();
        for (String line : output.split("\n")) {
            String[] cells = line.trim().split("\\s+");
            // " 1:   123456   7890123  java.lang.String (java.base@17)"
            if (cells.length >= 4 && cells[0].endsWith(":")) {
                classes.put(cells[3], new long[]{Long.parseLong(cells[1]), Long.parseLong(cells[2])});
            }
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("no histogram in jcmd's output: " + output);
        }
        return classes;
    }
}
