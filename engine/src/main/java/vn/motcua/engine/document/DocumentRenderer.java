package vn.motcua.engine.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import vn.motcua.engine.VietnamTime;

/**
 * Lays out an {@link AdministrativeDocument} on A4 as PDF/A-2b (XMP identification, sRGB output
 * intent, fonts embedded): Noto Serif subsets, text that extracts as written, and a QR code with the
 * public verification link drawn as vector modules.
 */
final class DocumentRenderer {

    private static final float LEFT = 85;     // 30 mm
    private static final float RIGHT = 538;   // 20 mm from the right edge
    private static final float TOP = 785;     // 20 mm
    private static final float BOTTOM = 70;
    /** The header's two blocks: agency on the left (from a narrower margin), national motto on the right. */
    private static final float HEADER_LEFT = 60;
    private static final float HEADER_SPLIT = 292;
    private static final float HEADER_RIGHT = 555;
    private static final float HEADER_SIZE = 11;
    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DocumentRenderer.class);
    private final ThreadLocal<DocumentFonts.Faces> faces;

    DocumentRenderer() {
        // parsed once per thread: parsing is most of the rendering time otherwise
        this.faces = ThreadLocal.withInitial(() -> Shipped.FONTS.parse());
    }

    /**
     * Made at the first document, not at start: cutting the Vietnamese faces takes about a third of
     * a second on a cold JVM, which "ready" need not wait for (the JVM initialises this class once).
     */
    private static final class Shipped {
        static final DocumentFonts FONTS = new DocumentFonts();
    }

    /** Renders the document; {@code verification} is the text under the QR code, {@code qrUrl} what it encodes. */
    byte[] render(AdministrativeDocument document, String documentId, String qrUrl) {
        DocumentFonts.Faces threadFaces = faces.get();
        AdministrativeDocument d = document.withText(text -> drawable(text, threadFaces.whole()));
        TrueTypeFont[] parsed = d.texts().allMatch(text -> drawn(text, threadFaces.vietnamese()))
                ? threadFaces.vietnamese() : threadFaces.whole();
        try (PDDocument pdf = new PDDocument()) {
            Fonts fonts = new Fonts(PDType0Font.load(pdf, parsed[0], true), PDType0Font.load(pdf, parsed[1], true),
                    PDType0Font.load(pdf, parsed[2], true));
            Writer w = new Writer(pdf, fonts);
            header(w, d);
            w.y -= 28;
            w.centered(fonts.bold, 14, d.title(), (LEFT + RIGHT) / 2);
            if (d.summary() != null && !d.summary().isBlank()) {
                for (String line : wrap(fonts.bold, 13, d.summary(), RIGHT - LEFT - 60)) {
                    w.centered(fonts.bold, 13, line, (LEFT + RIGHT) / 2);
                }
            }
            w.y -= 14;
            for (AdministrativeDocument.Block block : d.body()) {
                if (block instanceof AdministrativeDocument.Text t) {
                    w.paragraph(fonts.regular, 13, t.text(), 28);
                } else if (block instanceof AdministrativeDocument.Fact f) {
                    w.fact(fonts, 13, f.label(), f.value());
                }
            }
            signature(w, d);
            verification(w, documentId, qrUrl);
            metadata(pdf, d);
            PdfBytes out = new PdfBytes(64 * 1024);
            w.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + d.title(), e);
        }
    }

    /**
     * The text as the fonts can draw it: composed (NFC), each character no font has a glyph for
     * replaced by "?". A citizen's free text (an address, a name typed with a character from another
     * script, an emoji) must not stop a receipt or a result from being issued — PDFBox refuses a
     * character without a glyph, and the registration job would fail for good.
     */
    static String drawable(String text, TrueTypeFont[] fonts) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < composed.length(); ) {
            int codePoint = composed.codePointAt(i);
            boolean drawn = Character.isWhitespace(codePoint) || hasGlyph(fonts, codePoint);
            if (!drawn && out == null) {
                out = new StringBuilder(composed.length()).append(composed, 0, i);
            }
            if (out != null) {
                if (drawn) {
                    out.appendCodePoint(codePoint);
                } else {
                    out.append('?');
                }
            }
            i += Character.charCount(codePoint);
        }
        if (out != null) {
            // the code points only: the text may be personal data
            log.warn("Characters without a glyph in the document fonts replaced by '?': {}", composed.codePoints()
                    .filter(c -> !Character.isWhitespace(c) && !hasGlyph(fonts, c)).distinct()
                    .mapToObj(c -> String.format("U+%04X", c)).toList());
            return out.toString();
        }
        return composed;
    }

    private static boolean drawn(String text, TrueTypeFont[] fonts) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || hasGlyph(fonts, c));
    }

    private static boolean hasGlyph(TrueTypeFont[] fonts, int codePoint) {
        try {
            for (TrueTypeFont font : fonts) {
                if (font.getUnicodeCmapLookup().getGlyphId(codePoint) == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a shipped font's character map", e);
        }
    }

    private static void header(Writer w, AdministrativeDocument d) throws IOException {
        float leftCentre = (HEADER_LEFT + HEADER_SPLIT) / 2;
        float rightCentre = (HEADER_SPLIT + HEADER_RIGHT) / 2;
        float top = w.y;
        float leftWidth = HEADER_SPLIT - HEADER_LEFT - 6;
        if (d.parentAgency() != null) {
            for (String line : wrap(w.fonts.regular, HEADER_SIZE, d.parentAgency().toUpperCase(VIETNAMESE), leftWidth)) {
                w.centered(w.fonts.regular, HEADER_SIZE, line, leftCentre);
            }
        }
        for (String line : wrap(w.fonts.bold, HEADER_SIZE, d.agency().toUpperCase(VIETNAMESE), leftWidth)) {
            w.centered(w.fonts.bold, HEADER_SIZE, line, leftCentre);
        }
        w.rule(leftCentre - 30, leftCentre + 30, w.y - 4);
        w.y -= 6;
        w.centered(w.fonts.regular, HEADER_SIZE + 1, d.numberSymbol(), leftCentre);
        float leftBottom = w.y;
        w.y = top;
        w.centered(w.fonts.bold, HEADER_SIZE, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rightCentre);
        w.centered(w.fonts.bold, HEADER_SIZE + 1, "Độc lập - Tự do - Hạnh phúc", rightCentre);
        float motto = width(w.fonts.bold, HEADER_SIZE + 1, "Độc lập - Tự do - Hạnh phúc");
        w.rule(rightCentre - motto / 2, rightCentre + motto / 2, w.y - 4);
        w.y -= 6;
        w.centered(w.fonts.italic, 12, d.place() + ", ngày " + String.format("%02d", d.date().getDayOfMonth())
                + " tháng " + String.format("%02d", d.date().getMonthValue()) + " năm " + d.date().getYear(), rightCentre);
        w.y = Math.min(w.y, leftBottom);
    }

    private static void signature(Writer w, AdministrativeDocument d) throws IOException {
        w.ensure(150);
        w.y -= 20;
        float top = w.y;
        float centre = (HEADER_SPLIT + RIGHT) / 2 + 20;
        if (d.signerAuthority() != null) {
            w.centered(w.fonts.bold, 12, d.signerAuthority(), centre);
        }
        w.centered(w.fonts.bold, 12, d.signerPosition(), centre);
        w.centered(w.fonts.italic, 11, "(Đã ký số)", centre);
        w.y -= 30;
        w.centered(w.fonts.bold, 13, d.signerName(), centre);
        float signerBottom = w.y;
        w.y = top;
        w.line(w.fonts.bold, 11, "Nơi nhận:", LEFT);
        for (String recipient : d.recipients()) {
            w.line(w.fonts.regular, 10, "- " + recipient, LEFT);
        }
        w.y = Math.min(w.y, signerBottom);
    }

    private static void verification(Writer w, String documentId, String qrUrl) throws IOException {
        w.ensure(100);
        w.y -= 16;
        float size = 72;
        BitMatrix matrix = qr(qrUrl);
        float module = size / matrix.getWidth();
        float x0 = LEFT;
        float y0 = w.y - size;
        w.stream.setNonStrokingColor(0f, 0f, 0f);
        // one rectangle per run of dark modules in a row, not per module: a third of the drawing
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int run = col;
                while (run < matrix.getWidth() && matrix.get(run, row)) {
                    run++;
                }
                w.stream.addRect(x0 + col * module, y0 + size - (row + 1) * module, (run - col) * module, module);
                col = run;
            }
        }
        w.stream.fill();
        float textX = LEFT + size + 10;
        w.y -= 14;
        w.line(w.fonts.regular, 9, "Mã xác thực: " + documentId, textX);
        w.line(w.fonts.regular, 9, "Kiểm tra tính xác thực của văn bản (không cần đăng nhập):", textX);
        for (String line : wrap(w.fonts.regular, 8, qrUrl, RIGHT - textX)) {
            w.line(w.fonts.regular, 8, line, textX);
        }
        w.y = Math.min(w.y, y0);
    }

    private static BitMatrix qr(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot encode the verification QR code", e);
        }
    }

    private static void metadata(PDDocument pdf, AdministrativeDocument d) throws IOException {
        ZonedDateTime created = ZonedDateTime.now(VietnamTime.ZONE).truncatedTo(ChronoUnit.SECONDS);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(d.title());
        info.setAuthor(d.agency());
        info.setProducer("MotCua");
        info.setCreationDate(GregorianCalendar.from(created));
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(XmpPacket.of(d.title(), d.agency(), created));
        pdf.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
    }

    static float width(PDType0Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    static List<String> wrap(PDType0Font font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : Normalizer.normalize(text, Normalizer.Form.NFC).split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth || line.isEmpty()) {
                line = new StringBuilder(candidate);
            } else {
                lines.add(line.toString());
                line = new StringBuilder(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private record Fonts(PDType0Font regular, PDType0Font bold, PDType0Font italic) {
    }

    /** A cursor down the pages: starts a new page when the next line does not fit. */
    private static final class Writer {
        private final PDDocument pdf;
        private final Fonts fonts;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf, Fonts fonts) throws IOException {
            this.pdf = pdf;
            this.fonts = fonts;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = TOP;
        }

        void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        void line(PDType0Font font, float size, String text, float x) throws IOException {
            ensure(size * 1.5f);
            y -= size * 1.45f;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(Normalizer.normalize(text, Normalizer.Form.NFC));
            stream.endText();
        }

        void centered(PDType0Font font, float size, String text, float centre) throws IOException {
            line(font, size, text, centre - width(font, size, Normalizer.normalize(text, Normalizer.Form.NFC)) / 2);
        }

        void paragraph(PDType0Font font, float size, String text, float indent) throws IOException {
            List<String> lines = wrap(font, size, text, RIGHT - LEFT - indent);
            for (int i = 0; i < lines.size(); i++) {
                line(font, size, lines.get(i), i == 0 ? LEFT + indent : LEFT);
            }
        }

        void fact(Fonts f, float size, String label, String value) throws IOException {
            String prefix = label + ": ";
            float labelWidth = width(f.regular, size, prefix);
            List<String> lines = wrap(f.bold, size, value == null ? "" : value, RIGHT - LEFT - 28 - labelWidth);
            line(f.regular, size, prefix, LEFT + 28);
            float lineY = y;
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    line(f.bold, size, lines.get(i), LEFT + 28 + labelWidth);
                } else {
                    stream.beginText();
                    stream.setFont(f.bold, size);
                    stream.newLineAtOffset(LEFT + 28 + labelWidth, lineY);
                    stream.showText(lines.get(i));
                    stream.endText();
                }
            }
        }

        void rule(float from, float to, float at) throws IOException {
            stream.setLineWidth(0.6f);
            stream.moveTo(from, at);
            stream.lineTo(to, at);
            stream.stroke();
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
