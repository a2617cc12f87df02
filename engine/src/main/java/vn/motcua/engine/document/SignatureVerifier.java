package vn.motcua.engine.document;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import vn.motcua.engine.Sha256;
import vn.motcua.engine.document.Verification.Status;

/**
 * Checks an uploaded PDF: its last signature must verify over byte ranges that cover the whole
 * file (so nothing was appended after signing), its signer must chain to MotCua's root, and the
 * file must be the one in the registry. A PDF without a signature that names a registered
 * document had its signature stripped.
 */
final class SignatureVerifier {

    private static final Pattern DOCUMENT_ID = Pattern.compile("Mã xác thực: ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignatureVerifier.class);

    private final X509Certificate root;
    private final Function<String, Optional<IssuedDocument>> byId;
    private final Function<String, Optional<IssuedDocument>> bySha256;

    SignatureVerifier(X509Certificate root, Function<String, Optional<IssuedDocument>> byId,
                      Function<String, Optional<IssuedDocument>> bySha256) {
        this.root = root;
        this.byId = byId;
        this.bySha256 = bySha256;
    }

    /**
     * Anyone may upload anything here, so the work per file is bounded: documents MotCua issues
     * are a few pages and a few hundred kilobytes. Every stream PDFBox decodes goes through a cache
     * of at most {@link #MAX_DECODED_BYTES}, checked before PDFBox sees the file
     * ({@link CompressionBudget}): a compression bomb is refused instead of filling the heap; a file
     * with more than {@link #MAX_PAGES} pages is not read; reading stops at {@link #TIME_LIMIT}.
     */
    static final long MAX_DECODED_BYTES = 32L * 1024 * 1024;
    static final int MAX_PAGES = 20;
    /** Reading stops (and the file counts as unreadable) once this much time has passed. */
    static final java.time.Duration TIME_LIMIT = java.time.Duration.ofMillis(1_500);

    Verification verify(byte[] pdf) {
        if (!CompressionBudget.acceptable(pdf, MAX_DECODED_BYTES)) {
            return Verification.of(Status.UNKNOWN, "Văn bản quá lớn, nén bất thường hoặc bị mã hóa: không phải văn bản do hệ thống ban hành.");
        }
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        try (PDDocument document = Loader.loadPDF(new DeadlineBuffer(pdf, deadline), "",
                null, null, org.apache.pdfbox.io.MemoryUsageSetting.setupMainMemoryOnly(MAX_DECODED_BYTES).streamCache)) {
            if (document.getNumberOfPages() > MAX_PAGES) {
                return Verification.of(Status.UNKNOWN, "Văn bản có quá nhiều trang, không phải văn bản do hệ thống ban hành.");
            }

            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return documentId(document).flatMap(byId)
                        .map(d -> Verification.of(Status.TAMPERED, "Chữ ký số của văn bản đã bị gỡ bỏ.", d))
                        .orElse(Verification.of(Status.UNKNOWN, "Văn bản không có chữ ký số của cơ quan trong hệ thống."));
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            int[] range = signature.getByteRange();
            boolean coversWholeFile = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
            if (!signatureVerifies(signature, pdf)) {
                return tampered(document, "Chữ ký số không khớp với nội dung: văn bản đã bị sửa đổi.");
            }
            if (!coversWholeFile || signatures.size() > 1) {
                return tampered(document, "Văn bản đã bị thay đổi sau khi ký.");
            }
            Optional<IssuedDocument> registered = bySha256.apply(Sha256.hex(pdf));
            if (registered.isEmpty()) {
                return Verification.of(Status.UNKNOWN, "Chữ ký hợp lệ nhưng văn bản không có trong sổ văn bản đã ban hành.");
            }
            IssuedDocument d = registered.get();
            if (d.revoked()) {
                return Verification.of(Status.REVOKED, "Văn bản đã bị thu hồi: " + d.revocationReason(), d);
            }
            return Verification.of(Status.VALID, "Văn bản hợp lệ: đúng bản đã ký số và ban hành.", d);
        } catch (IOException | RuntimeException e) {
            // PDFBox throws unchecked exceptions on some malformed files too: the answer is the same
            log.debug("Unreadable PDF", e);
            return Verification.of(Status.UNKNOWN, "Tệp không phải là văn bản PDF đọc được.");
        }
    }

    /**
     * The uploaded bytes, refusing to be read after a deadline: PDFBox pulls the raw bytes of a
     * stream as it decodes it, so a bomb that decompresses for longer than the limit fails there.
     */
    private static final class DeadlineBuffer extends org.apache.pdfbox.io.RandomAccessReadBuffer {

        private final long deadlineNanos;

        DeadlineBuffer(byte[] bytes, long deadlineNanos) {
            super(bytes);
            this.deadlineNanos = deadlineNanos;
        }

        private void check() throws IOException {
            if (System.nanoTime() > deadlineNanos) {
                throw new IOException("The PDF could not be read within " + TIME_LIMIT.toMillis() + " ms");
            }
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            return super.read(b, off, len);
        }
    }

    private Verification tampered(PDDocument document, String reason) {
        return documentId(document).flatMap(byId).map(d -> Verification.of(Status.TAMPERED, reason, d))
                .orElse(Verification.of(Status.TAMPERED, reason));
    }

    private boolean signatureVerifies(PDSignature signature, byte[] pdf) {
        try {
            byte[] signedContent = signature.getSignedContent(pdf);
            // /Contents is zero-padded to its reserved size: read just the one DER object
            org.bouncycastle.asn1.cms.ContentInfo info;
            try (var in = new org.bouncycastle.asn1.ASN1InputStream(signature.getContents(pdf))) {
                info = org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), info);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return false;
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return false;
            }
            X509CertificateHolder certificate = matches.iterator().next();
            boolean chainsToRoot = certificate.isSignatureValid(new JcaContentVerifierProviderBuilder().build(root));
            boolean inValidity = certificate.isValidOn(signature.getSignDate().getTime());
            boolean verifies = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            log.debug("Signature check: chains to root {}, certificate valid then {}, signature verifies {}",
                    chainsToRoot, inValidity, verifies);
            return chainsToRoot && inValidity && verifies;
        } catch (Exception e) {
            // any failure to parse or verify the signature means the document cannot be trusted
            log.debug("Signature does not verify", e);
            return false;
        }
    }

    private static Optional<String> documentId(PDDocument document) {
        try {
            PDFTextStripper text = new PDFTextStripper();
            Matcher m = DOCUMENT_ID.matcher(text.getText(document));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
