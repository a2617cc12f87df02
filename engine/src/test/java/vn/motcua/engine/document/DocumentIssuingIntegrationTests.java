package vn.motcua.engine.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.document.Verification.Status;

/**
 * Every document type is issued signed, checked by poppler's pdfsig (an implementation independent
 * of ours) and by MotCua's verifier; a changed byte, an incremental update and a stripped
 * signature are caught by both.
 */
@SpringBootTest
class DocumentIssuingIntegrationTests {

    @TempDir
    static Path files;

    @Autowired
    DocumentService documents;
    @Autowired
    vn.motcua.engine.DataDirectory data;

    @Test
    void issuedPdfsAndTheSigningKeysAreReadableByTheServiceAccountAlone() throws Exception {
        IssuedDocument issued = documents.issue(request(DocumentType.DECISION));
        java.nio.file.Path pdf = data.resolve("documents").resolve(issued.id() + ".pdf");
        assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(pdf)).isTrue();
        assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(pdf.getParent())).isTrue();
        assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(data.resolve("pki/signing-keys.p12"))).isTrue();
        assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(data.resolve("pki/keystore.password"))).isTrue();
    }

    private static final java.util.concurrent.atomic.AtomicInteger DOSSIERS = new java.util.concurrent.atomic.AtomicInteger();

    /** A request for a dossier of its own: most kinds are issued once per dossier (V18). */
    static IssueRequest request(DocumentType type) {
        return request(type, String.format("ubnd-xa-00004-261127-%04d", DOSSIERS.incrementAndGet()));
    }

    static IssueRequest request(DocumentType type, String dossierCode) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Ngày hẹn trả kết quả", "04/12/2026");
        return new IssueRequest(type, dossierCode, null, "ubnd-xa-00004", "1.001193",
                "Thủ tục đăng ký khai sinh", null, "001092100001", "Nguyễn Văn An", facts, "Hồ sơ thiếu Giấy chứng sinh");
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static Path write(String name, byte[] pdf) throws IOException {
        Path file = files.resolve(name);
        Files.write(file, pdf);
        return file;
    }

    private byte[] signedFile(IssuedDocument d) {
        return documents.contentWithProof(d.id(), d.checkCode()).orElseThrow();
    }

    @Test
    void aDossiersReceiptOrResultIsIssuedOnceEvenIfTheJobRunsTwiceButAnApologyMayBeRepeated() {
        String dossier = "ubnd-xa-00004-261127-9001";
        IssuedDocument receipt = documents.issue(request(DocumentType.RECEIPT, dossier));
        // a second executor of the same registration job (its lock expired under a slow node)
        assertThatThrownBy(() -> documents.issue(request(DocumentType.RECEIPT, dossier)))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        documents.issue(request(DocumentType.DECISION, dossier));
        assertThatThrownBy(() -> documents.issue(request(DocumentType.DECISION, dossier)))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        documents.issue(request(DocumentType.APOLOGY, dossier));
        documents.issue(request(DocumentType.APOLOGY, dossier));
        assertThat(documents.forDossier(dossier)).extracting(IssuedDocument::type).containsExactlyInAnyOrder(
                DocumentType.RECEIPT, DocumentType.DECISION, DocumentType.APOLOGY, DocumentType.APOLOGY);
        // once revoked, a corrected document may take its place
        documents.revoke(receipt.id(), "Sai ngày hẹn", "001187200001");
        assertThat(documents.issue(request(DocumentType.RECEIPT, dossier)).dossierCode()).isEqualTo(dossier);
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everyDocumentTypeIsSignedValidWithItsFontEmbeddedAndItsTextExtractable(DocumentType type) throws Exception {
        IssuedDocument issued = documents.issue(request(type));
        byte[] pdf = signedFile(issued);
        Path file = write(type + ".pdf", pdf);

        String pdfsig = run("pdfsig", file.toString());
        assertThat(pdfsig).contains("Signature Validation: Signature is Valid.").contains("Total document signed")
                .contains("ETSI.CAdES.detached");
        assertThat(run("pdffonts", file.toString())).contains("NotoSerif").contains("yes yes");
        String text = run("pdftotext", "-layout", file.toString(), "-");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                type.title(), "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", "Mã xác thực: " + issued.id());
        assertThat(issued.numberSymbol()).matches("Số: \\d+/" + type.symbol() + "-UBND");

        Verification verification = documents.verify(pdf);
        assertThat(verification.status()).as(verification.reason()).isEqualTo(Status.VALID);
        assertThat(verification.dossierCode()).isEqualTo(issued.dossierCode());
        assertThat(verification.applicantMasked()).isEqualTo("Nguyễn V*** A***");
        assertThat(verification.agency()).isEqualTo("Ủy ban nhân dân Phường Ba Đình");
    }

    @Test
    void aChangedByteIsCaughtByPdfsigAndByTheVerifier() throws Exception {
        IssuedDocument issued = documents.issue(request(DocumentType.DECISION));
        byte[] pdf = signedFile(issued);
        byte[] tampered = Arrays.copyOf(pdf, pdf.length);
        // one bit inside a stream's data, in the signed range: the file still parses, its content changed
        int stream = indexOf(Arrays.copyOfRange(pdf, 0, pdf.length / 2), "stream".getBytes(StandardCharsets.US_ASCII));
        int at = stream + 40;
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        assertThat(run("pdfsig", write("tampered.pdf", tampered).toString()))
                .doesNotContain("Signature Validation: Signature is Valid.");
        assertThat(documents.verify(tampered).status()).isEqualTo(Status.TAMPERED);
    }

    @Test
    void anIncrementalUpdateAfterSigningIsCaught() throws Exception {
        IssuedDocument issued = documents.issue(request(DocumentType.BIRTH_EXTRACT));
        byte[] updated;
        try (PDDocument document = Loader.loadPDF(signedFile(issued))) {
            var page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(100, 400);
                content.showText("Name changed");
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            updated = out.toByteArray();
        }
        assertThat(run("pdfsig", write("updated.pdf", updated).toString())).doesNotContain("Total document signed");
        Verification verification = documents.verify(updated);
        assertThat(verification.status()).isEqualTo(Status.TAMPERED);
        assertThat(verification.documentId()).isEqualTo(issued.id());
    }

    @Test
    void aStrippedSignatureIsCaught() throws Exception {
        IssuedDocument issued = documents.issue(request(DocumentType.MARRIAGE_EXTRACT));
        byte[] signed = signedFile(issued);
        byte[] unsigned;
        try (PDDocument document = Loader.loadPDF(signed)) {
            var form = document.getDocumentCatalog().getAcroForm();
            form.getFields().clear();
            document.getPage(0).getAnnotations().clear();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            unsigned = out.toByteArray();
        }
        assertThat(run("pdfsig", write("stripped.pdf", unsigned).toString())).contains("does not contain any signatures");
        Verification verification = documents.verify(unsigned);
        assertThat(verification.status()).isEqualTo(Status.TAMPERED);
        assertThat(verification.reason()).contains("gỡ bỏ");
    }

    @Test
    void aRevokedDocumentAndAForeignPdfAreReportedAsSuch() throws Exception {
        IssuedDocument issued = documents.issue(request(DocumentType.RECEIPT));
        assertThat(documents.revoke(issued.id(), "Ban hành nhầm", "test")).isTrue();
        Verification revoked = documents.verify(signedFile(issued));
        assertThat(revoked.status()).as(revoked.reason()).isEqualTo(Status.REVOKED);

        byte[] foreign;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            foreign = out.toByteArray();
        }
        assertThat(documents.verify(foreign).status()).isEqualTo(Status.UNKNOWN);
        assertThat(documents.verify("not a pdf".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void documentsGoOnlyToTheirApplicantTheIssuingUnitOrWhoeverHoldsIdAndHash() {
        IssuedDocument issued = documents.issue(request(DocumentType.DECISION));
        assertThat(documents.contentForApplicant(issued.id(), "001092100001")).isPresent();
        assertThat(documents.contentForApplicant(issued.id(), "001194100002")).isEmpty();
        assertThat(documents.contentForUnit(issued.id(), "ubnd-xa-00004")).isPresent();
        assertThat(documents.contentForUnit(issued.id(), "ca-xa-00004")).isEmpty();
        assertThat(documents.contentWithProof(issued.id(), "0".repeat(16))).isEmpty();
        assertThat(documents.contentWithProof(issued.id(), issued.sha256())).isEmpty();
        assertThat(documents.forApplicant("001092100001")).extracting(IssuedDocument::id).contains(issued.id());
    }

    @Test
    void documentNumbersRunWithoutGapsPerUnitAndYear() {
        List<Integer> numbers = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> documents.issue(new IssueRequest(DocumentType.RECEIPT, "d-" + i, null, "ca-xa-00008", "1.004194",
                        "Đăng ký tạm trú", null, null, "Lê Văn Bình", Map.of(), null)))
                .map(d -> Integer.parseInt(d.numberSymbol().replaceAll("Số: (\\d+)/.*", "$1"))).toList();
        assertThat(numbers.get(1)).isEqualTo(numbers.get(0) + 1);
        assertThat(numbers.get(2)).isEqualTo(numbers.get(0) + 2);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
