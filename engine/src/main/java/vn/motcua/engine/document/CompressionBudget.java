package vn.motcua.engine.document;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A look at an untrusted PDF before PDFBox parses it. PDFBox decodes a whole stream into memory
 * before anything reads it, so a few megabytes of Deflate can become gigabytes of heap. Here every
 * {@code stream} keyword is followed by a bounded trial inflation (data that is not Deflate fails at
 * once): together the streams may inflate to the budget at most. Encrypted files are refused too,
 * since their streams cannot be measured before decryption (MotCua never encrypts what it issues).
 */
final class CompressionBudget {

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPT = "/Encrypt".getBytes(StandardCharsets.US_ASCII);

    private CompressionBudget() {
    }

    static boolean acceptable(byte[] pdf, long maxInflatedBytes) {
        if (indexOf(pdf, ENCRYPT, 0) >= 0) {
            return false;
        }
        long remaining = maxInflatedBytes;
        byte[] out = new byte[64 * 1024];
        for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + STREAM.length)) {
            int data = at + STREAM.length;
            if (data < pdf.length && pdf[data] == '\r') {
                data++;
            }
            if (data < pdf.length && pdf[data] == '\n') {
                data++;
            }
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(pdf, data, pdf.length - data);
                while (!inflater.finished() && !inflater.needsInput()) {
                    int n = inflater.inflate(out);
                    if (n == 0 && (inflater.needsDictionary() || inflater.needsInput())) {
                        break;
                    }
                    remaining -= n;
                    if (remaining < 0) {
                        return false;
                    }
                }
            } catch (DataFormatException notDeflate) {
                // not (or no longer) Deflate data: nothing that could inflate
            } finally {
                inflater.end();
            }
        }
        return true;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
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
