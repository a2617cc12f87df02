package vn.motcua.engine.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A citizen's free text reaches signed documents (an address, the specialist's proposal): a
 * character the document fonts cannot draw must not stop the document from being issued.
 */
class DocumentRendererTests {

    private static AdministrativeDocument decisionWith(String address) {
        return new AdministrativeDocument("Công an Thành phố Hà Nội", "Công an Phường Ba Đình", "Số: 1/QĐ-CAP", "Ba Đình",
                LocalDate.of(2026, 11, 29), "QUYẾT ĐỊNH", "Về việc đăng ký tạm trú",
                List.of(new AdministrativeDocument.Text("Điều 1. Đăng ký tạm trú cho ông Nguyễn Văn An."),
                        new AdministrativeDocument.Fact("Địa chỉ", address)),
                null, "TRƯỞNG CÔNG AN PHƯỜNG", "Bùi Quang Vinh", List.of("Lưu: VT."));
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void charactersTheFontsCannotDrawBecomeQuestionMarksAndTheRestIsKept() throws Exception {
        byte[] pdf = new DocumentRenderer().render(decisionWith("Số 8 ngõ 王 phố Kim Mã 😀, Ба"), "00000000-0000-0000-0000-000000000001",
                "http://localhost/xac-thuc/1");
        assertThat(text(pdf)).contains("Số 8 ngõ ? phố Kim Mã ?, Ба", "Đăng ký tạm trú cho ông Nguyễn Văn An");
    }

    @Test
    void decomposedVietnameseIsComposedAndDrawnAsWritten() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Phường Hải Vân, Thành phố Đà Nẵng", java.text.Normalizer.Form.NFD);
        byte[] pdf = new DocumentRenderer().render(decisionWith(decomposed), "00000000-0000-0000-0000-000000000002",
                "http://localhost/xac-thuc/2");
        assertThat(text(pdf)).contains("Phường Hải Vân, Thành phố Đà Nẵng").doesNotContain("?");
    }

    /** Every Vietnamese vowel with each of the six tones, đ and the đồng sign: what the Vietnamese faces must hold. */
    static String vietnameseAlphabet() {
        StringBuilder letters = new StringBuilder("đĐ ₫ “–…” ");
        for (String vowel : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            for (String tone : List.of("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")) {
                String letter = java.text.Normalizer.normalize(vowel + tone, java.text.Normalizer.Form.NFC);
                letters.append(letter).append(letter.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return letters.toString();
    }

    @Test
    void everyVietnameseLetterWithEveryToneIsDrawnAsWritten() throws Exception {
        String alphabet = vietnameseAlphabet();
        byte[] pdf = new DocumentRenderer().render(decisionWith(alphabet), "id", "http://localhost/x");
        assertThat(text(pdf)).contains(alphabet.strip()).doesNotContain("?");
    }

    @Test
    void theVietnameseFacesHoldEveryVietnameseLetterInATenthOfTheGlyphs() throws Exception {
        DocumentFonts.Faces faces = new DocumentFonts().parse();
        for (int face = 0; face < 3; face++) {
            var characters = faces.vietnamese()[face].getUnicodeCmapLookup();
            assertThat(vietnameseAlphabet().codePoints().filter(c -> c != ' ' && characters.getGlyphId(c) == 0))
                    .as("letters without a glyph in face %d", face).isEmpty();
            assertThat(faces.vietnamese()[face].getNumberOfGlyphs()).isLessThan(faces.whole()[face].getNumberOfGlyphs() / 8);
        }
    }

    @Test
    void theVerificationQrCodeScansToTheVerificationAddress() throws Exception {
        String address = "https://dichvucong.example.gov.vn/xac-thuc/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0?h=0123456789abcdef";
        byte[] pdf = new DocumentRenderer().render(decisionWith("Số 8 ngõ 12 phố Kim Mã"), "id", address);
        try (var document = Loader.loadPDF(pdf)) {
            var page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 200);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            assertThat(new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText()).isEqualTo(address);
        }
    }
}
