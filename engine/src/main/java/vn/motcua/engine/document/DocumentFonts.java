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
 * before it subsets — and that was most of a receipt's rendering. The Vietnamese set (the
 * Vietnamese alphabet, punctuation, a few symbols) is about a tenth of the glyphs. A document
 * with a character outside it (a name written in Cyrillic, say) is drawn with the whole faces.
 */
final class DocumentFonts {

    /**
     * Character ranges (inclusive) kept in the Vietnamese faces: what Vietnamese is written with
     * and the punctuation and symbols of administrative documents — no more, since every glyph
     * kept costs time in every document.
     */
    private static final int[][] VIETNAMESE_REPERTOIRE = {
            {0x0020, 0x007E}, // Basic Latin
            {0x00A0, 0x00FF}, // Latin-1: À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý (and lower case), « » ° § ×
            {0x0102, 0x0103}, // Ă ă
            {0x0110, 0x0111}, // Đ đ
            {0x0128, 0x0129}, // Ĩ ĩ
            {0x0168, 0x0169}, // Ũ ũ
            {0x01A0, 0x01A1}, // Ơ ơ
            {0x01AF, 0x01B0}, // Ư ư
            {0x0300, 0x0303}, // combining grave, acute, circumflex, tilde (text left decomposed)
            {0x0309, 0x0309}, // combining hook above
            {0x0323, 0x0323}, // combining dot below
            {0x1EA0, 0x1EF9}, // the precomposed Vietnamese letters with tones
            {0x2010, 0x2027}, // dashes, quotation marks, bullet, ellipsis
            {0x2030, 0x203A}, // per mille, primes, single angle quotes
            {0x20AB, 0x20AB}, // ₫
            {0x2116, 0x2116}, // №
            {0x2190, 0x2193}, // arrows
            {0x2264, 0x2265}, // ≤ ≥
            {0x25A0, 0x25A1}, // ■ □
            {0x25CB, 0x25CF}, // ○ ●
            {0x2610, 0x2612}, // ☐ ☑ ☒
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
