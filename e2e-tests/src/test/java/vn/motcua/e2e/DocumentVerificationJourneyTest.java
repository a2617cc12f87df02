package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.pages.VerificationPage;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.EngineRest;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * A dossier runs to its signed result (driven through the engine's REST API until the staff
 * workspace exists); anyone can then check the result on the public verification page: the
 * original is "Hợp lệ", a copy with one changed byte is "Không hợp lệ".
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class DocumentVerificationJourneyTest {

    private static final Json JSON = new Json();

    @Test
    void theSignedResultVerifiesAndATamperedCopyDoesNot(MotCuaServer portal, WebDriver browser, @TempDir Path dir)
            throws Exception {
        String password = portal.generatedAdminPassword().orElseThrow();
        // the shipped version 1: the policy studio journey may publish a version 2 with another step
        var shipped = portal.get("/engine-rest/process-definition?key=tthc_1_004194&version=1", "admin", password);
        String shippedId = (String) JSON.<List<Map<String, Object>>>toType(shipped.body(), List.class).get(0).get("id");
        var started = portal.postJson("/engine-rest/process-definition/" + shippedId + "/start", "admin", password, """
                {"businessKey": "ca-xa-00004-e2e-0001", "variables": {
                  "procedureCode": {"value": "1.004194"}, "channel": {"value": "ONLINE"},
                  "feePaid": {"value": true, "type": "Boolean"},
                  "applicantWardCode": {"value": "00004"}, "applicantProvinceCode": {"value": "01"},
                  "applicantIdNumber": {"value": "092069100008"}, "applicantName": {"value": "Dương Văn Hải"},
                  "dossierCode": {"value": "ca-xa-00004-e2e-0001"}}}""");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = (String) JSON.<Map<String, Object>>toType(started.body(), Json.MAP_TYPE).get("id");

        EngineRest.completeTask(portal, password, instance, "Task_Reception", "{\"receptionDecision\": {\"value\": \"ACCEPT\"}}");
        EngineRest.completeTask(portal, password, instance, "Task_Processing", "{\"processingDecision\": {\"value\": \"PROPOSE\"}}");
        EngineRest.completeTask(portal, password, instance, "Task_Approval", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
        String documentId = EngineRest.awaitVariable(portal, password, instance, "resultDocumentId");
        String check = EngineRest.awaitVariable(portal, password, instance, "resultDocumentIdCheck");

        var original = portal.getBytes("/tai-lieu/" + documentId + "?h=" + check);
        assertThat(original.statusCode()).isEqualTo(200);
        Path signed = Files.write(dir.resolve("ket-qua.pdf"), original.body());
        byte[] copy = original.body().clone();
        int stream = new String(copy, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream", copy.length / 4);
        copy[stream + 40] ^= 0x01;
        Path tampered = Files.write(dir.resolve("ket-qua-da-sua.pdf"), copy);
        assertThat(portal.getBytes("/tai-lieu/" + documentId + "?h=0000000000000000").statusCode()).isEqualTo(404);

        VerificationPage page = VerificationPage.open(browser, portal.baseUrl());
        String verdict = page.upload(signed, "");
        assertThat(verdict).isEqualTo("Hợp lệ");
        assertThat(page.resultText()).contains("ca-xa-00004-e2e-0001", "Dương V*** H***", "Công an Phường Ba Đình");
        assertThat(page.upload(tampered, verdict)).isEqualTo("Không hợp lệ");

        // the QR code printed on the PDF, read from its rendering as a phone's camera would, leads
        // to this portal on the port it is served on (a random one here, not 8080)
        String qrLink = readQrCode(original.body());
        assertThat(qrLink).isEqualTo(portal.baseUrl() + "/xac-thuc/" + documentId + "?h=" + check);
        assertThat(portal.baseUrl()).doesNotEndWith(":8080");
        // the QR code's link shows the registry's record and offers the original
        browser.get(qrLink);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verification-verdict"))).getText())
                .isEqualTo("Hợp lệ");
        assertThat(browser.findElement(By.id("verification-original")).getAttribute("href")).contains("/tai-lieu/" + documentId);

        // the applicant finds the receipt and the result among their documents
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        // (each journey class logs in as its own demo citizen: consent is asked once per account)
        pages.loginAs("092069100008", "Dương Văn Hải");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-documents"))).click();
        var grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-documents")));
        wait.until(d -> grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().contains("ca-xa-00004-e2e-0001")));
        String cells = String.join("|", grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList());
        assertThat(cells).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "QUYẾT ĐỊNH", "Tải về (PDF)");
        pages.logout();
    }

    private static String readQrCode(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 200);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }
}
