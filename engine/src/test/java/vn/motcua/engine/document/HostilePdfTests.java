package vn.motcua.engine.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

/**
 * The public verification endpoint reads whatever anyone uploads: a compression bomb or a file of
 * thousands of pages must be answered quickly, as a document that is not MotCua's, with bounded
 * memory.
 */
class HostilePdfTests {

    private final SignatureVerifier verifier = new SignatureVerifier(null, id -> Optional.empty(), sha -> Optional.empty());

    @Test
    void aGigabyteFlateBombIsAnsweredQuicklyWithoutReadingItAll() throws Exception {
        byte[] bomb = pdfWithPageContent(deflatedSpaces(1L << 30));
        assertThat(bomb.length).isLessThan(5 * 1024 * 1024);
        long start = System.nanoTime();
        Verification answer = verifier.verify(bomb);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(answer.status()).isEqualTo(Verification.Status.UNKNOWN);
        assertThat(answer.reason()).contains("nén bất thường");
        assertThat(millis).as("verification of a flate bomb took %d ms", millis).isLessThan(2_000);
    }

    @Test
    void aFileOfThousandsOfPagesIsNotRead() throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 5_000; i++) {
                document.addPage(new PDPage());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            Verification answer = verifier.verify(out.toByteArray());
            assertThat(answer.status()).isEqualTo(Verification.Status.UNKNOWN);
            assertThat(answer.reason()).contains("quá nhiều trang");
        }
    }

    @Test
    void garbageIsNotAPdf() {
        assertThat(verifier.verify("%PDF-1.7\n%garbage \u0000\u0001".getBytes()).status()).isEqualTo(Verification.Status.UNKNOWN);
        assertThat(verifier.verify(new byte[0]).status()).isEqualTo(Verification.Status.UNKNOWN);
    }

    private static byte[] deflatedSpaces(long bytes) throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        try (OutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            for (long written = 0; written < bytes; written += spaces.length) {
                out.write(spaces);
            }
        }
        return compressed.toByteArray();
    }

    private static byte[] pdfWithPageContent(byte[] flateEncoded) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream raw = stream.createRawOutputStream()) {
                raw.write(flateEncoded);
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(stream));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
