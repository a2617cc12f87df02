package vn.motcua.engine.document;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signed documents per second for the decision letter, with 1 and 2 threads: MotCua's PAdES signer
 * and, in the same run, bare PDFBox + BouncyCastle signing of the same unsigned PDF (the ceiling);
 * then rendering + signing together. Run:
 * {@code ./mvnw -B -q -pl engine test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.motcua.engine.document.DocumentSigningBenchmark}
 */
public final class DocumentSigningBenchmark {

    private static final int WARM_UP = 150;
    private static final int MEASURED = 600;

    /**
     * What fetching the unit's key costs per document: unlocking the PKCS#12 entry (what every
     * signature paid before the keys were cached) against the cached lookup.
     */
    private static void keyLookups(Path dir) {
        int unlocks = 50;
        long start = System.nanoTime();
        for (int i = 0; i < unlocks; i++) {
            SigningKeys.open(new SigningProperties(null, null, true, null), dir.resolve("pki"))
                    .forUnit("ubnd-xa-00004", "Ủy ban nhân dân Phường Ba Đình");
        }
        double unlockMs = (System.nanoTime() - start) / 1e6 / unlocks;
        SigningKeys keys = SigningKeys.open(new SigningProperties(null, null, true, null), dir.resolve("pki"));
        keys.forUnit("ubnd-xa-00004", "Ủy ban nhân dân Phường Ba Đình");
        int lookups = 100_000;
        start = System.nanoTime();
        for (int i = 0; i < lookups; i++) {
            keys.forUnit("ubnd-xa-00004", "Ủy ban nhân dân Phường Ba Đình");
        }
        double cachedUs = (System.nanoTime() - start) / 1e3 / lookups;
        System.out.printf("Unit key per document: open keystore + unlock %.1f ms | cached %.3f µs%n", unlockMs, cachedUs);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("motcua-signing-benchmark");
        SigningKeys keys = SigningKeys.open(new SigningProperties(null, null, true, null), dir.resolve("pki"));
        AgencyKey key = keys.forUnit("ubnd-xa-00004", "Ủy ban nhân dân Phường Ba Đình");
        DocumentRenderer renderer = new DocumentRenderer();
        AdministrativeDocument letter = new AdministrativeDocument("Ủy ban nhân dân Thành phố Hà Nội",
                "Ủy ban nhân dân Phường Ba Đình", "Số: 15/QĐ-UBND", "Ba Đình", LocalDate.of(2026, 11, 27), "QUYẾT ĐỊNH",
                "Về việc giải quyết thủ tục đăng ký thường trú",
                List.of(new AdministrativeDocument.Text("Xét hồ sơ ubnd-xa-00004-261127-0001 của ông Nguyễn Văn An, đã được thẩm định theo đúng quy định, Ủy ban nhân dân Phường Ba Đình quyết định:"),
                        new AdministrativeDocument.Text("Điều 1. Chấp thuận đề nghị của ông Nguyễn Văn An."),
                        new AdministrativeDocument.Text("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")),
                "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Bùi Quang Vinh", List.of("Như Điều 1;", "Lưu: VT."));
        byte[] unsigned = renderer.render(letter, "00000000-0000-0000-0000-000000000001", "http://localhost:8080/xac-thuc/x");
        PadesSigner motcua = new PadesSigner(Optional.empty());

        System.out.printf("Decision letter: %,d bytes unsigned; %d warm-up + %d measured per run%n",
                unsigned.length, WARM_UP, MEASURED);
        keyLookups(dir);
        for (int threads : new int[] {1, 2}) {
            double bare = rate(threads, () -> bareSign(unsigned, key));
            double ours = rate(threads, () -> motcua.sign(unsigned, key, "UBND", "Ba Đình", "Quyết định", new GregorianCalendar()));
            double render = rate(threads, () -> renderer.render(letter, "id", "http://localhost/x"));
            double full = rate(threads, () -> motcua.sign(renderer.render(letter, "id", "http://localhost/x"), key,
                    "UBND", "Ba Đình", "Quyết định", new GregorianCalendar()));
            System.out.printf("%d thread(s): bare PDFBox+BC %7.1f/s | MotCua PAdES %7.1f/s (%.2fx bare) | render %7.1f/s"
                    + " | render+sign %7.1f/s%n", threads, bare, ours, ours / bare, render, full);
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(dir);
    }

    private static double rate(int threads, Supplier<byte[]> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(pool, threads, WARM_UP, work);
            long start = System.nanoTime();
            run(pool, threads, MEASURED, work);
            return MEASURED / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static void run(ExecutorService pool, int threads, int total, Supplier<byte[]> work) throws Exception {
        List<Future<?>> futures = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < total / threads; i++) {
                    if (work.get().length == 0) {
                        throw new IllegalStateException("empty signature");
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    /** The textbook PDFBox + BouncyCastle detached CMS signature, nothing more. */
    private static byte[] bareSign(byte[] pdf, AgencyKey key) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setSignDate(new GregorianCalendar());
            options.setPreferredSignatureSize(16_384);
            document.addSignature(signature, content -> {
                try {
                    CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                    generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
                    generator.addCertificates(new JcaCertStore(key.chain()));
                    return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
                } catch (Exception e) {
                    throw new java.io.IOException(e);
                }
            }, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
