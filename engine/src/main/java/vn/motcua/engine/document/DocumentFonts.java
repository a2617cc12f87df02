package vn.motcua.engine.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The shipped Noto Serif faces (regular, bold, italic), whole and cut down to what Vietnamese
 * administrative documents are written with.
 *
 * <p>Why the cut-down set: embedding a font subset in a PDF costs time in proportion to the glyphs
 * of the whole font — PDFBox writes and reads back a width for each of Noto Serif's 3,784 glyphs
 * before it subsets — and that was most of a receipt's rendering. The Vietnamese set (Latin with
 * the Vietnamese letters, punctuation, common symbols) is under a third of the glyphs. A document
 * with a character outside it (a name written in Cyrillic, say) is drawn with the whole faces.
 */
final class DocumentFonts {

    /** Unicode blocks (inclusive) kept in the Vietnamese faces. */
    private static final int[][] VIETNAMESE_REPERTOIRE = {
            {0x0020, 0x007E}, // Basic Latin
            {0x00A0, 0x024F}, // Latin-1, Latin Extended-A and -B: Đ đ Ơ ơ Ư ư
            {0x02B0, 0x036F}, // spacing modifiers and combining marks (tone marks left uncomposed)
            {0x1E00, 0x1EFF}, // Latin Extended Additional: the precomposed Vietnamese letters
            {0x2000, 0x206F}, // general punctuation: – — ‘ ’ “ ” … •
            {0x20A0, 0x20CF}, // currency: ₫
            {0x2100, 0x215F}, // letterlike symbols and number forms: №
            {0x2190, 0x22FF}, // arrows, mathematical operators: → ≤ ≥
            {0x25A0, 0x25FF}, // geometric shapes: ■ □ ●
            {0x2610, 0x2612}, // ballot boxes: ☐ ☑ ☒
    };

    private static final String[] FACES = {"NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf"};

    private final byte[][] whole = new byte[FACES.length][];
    private final byte[][] vietnamese = new byte[FACES.length][];

    DocumentFonts() {
        for (int i = 0; i < FACES.length; i++) {
            whole[i] = shipped(FACES[i]);
            vietnamese[i] = vietnameseSubset(whole[i]);
        }
    }

    /** A fresh parse of each face, whole and Vietnamese (a parsed font is not safe to share between threads). */
    Faces parse() {
        TrueTypeFont[] parsedWhole = new TrueTypeFont[FACES.length];
        TrueTypeFont[] parsedVietnamese = new TrueTypeFont[FACES.length];
        for (int i = 0; i < FACES.length; i++) {
            parsedWhole[i] = parse(whole[i]);
            parsedVietnamese[i] = parse(vietnamese[i]);
        }
        return new Faces(parsedWhole, parsedVietnamese);
    }

    /** Regular, bold and italic, each whole and as the Vietnamese subset. */
    record Faces(TrueTypeFont[] whole, TrueTypeFont[] vietnamese) {
    }

    /**
     * Without glyph substitution: PDFBox would otherwise set "ff", "fi" as ligature glyphs, and the
     * text layer (search, copy, the verification code) would lose letters.
     */
    private static TrueTypeFont parse(byte[] font) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
            ttf.setEnableGsub(false);
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse a shipped font", e);
        }
    }

    private static byte[] vietnameseSubset(byte[] font) {
        try {
            TrueTypeFont ttf = parse(font);
            TTFSubsetter subsetter = new TTFSubsetter(ttf);
            CmapLookup characters = ttf.getUnicodeCmapLookup();
            for (int[] block : VIETNAMESE_REPERTOIRE) {
                for (int codePoint = block[0]; codePoint <= block[1]; codePoint++) {
                    if (characters.getGlyphId(codePoint) != 0) {
                        subsetter.add(codePoint);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(font.length / 2);
            subsetter.writeToStream(out);
            ttf.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot cut the Vietnamese set out of a shipped font", e);
        }
    }

    private static byte[] shipped(String name) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: fonts/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
