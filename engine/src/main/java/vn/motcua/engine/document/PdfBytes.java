package vn.motcua.engine.document;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where a PDF is saved to: a {@link ByteArrayOutputStream} without its lock. PDFBox writes much of
 * a file a byte at a time — a signature's reserved room as hexadecimal digits, names, numbers — and
 * the lock taken for each byte was a measurable part of issuing a document (one thread writes it).
 */
final class PdfBytes extends ByteArrayOutputStream {

    PdfBytes(int expectedSize) {
        super(expectedSize);
    }

    @Override
    public void write(int b) {
        ensureRoom(1);
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureRoom(len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    private void ensureRoom(int more) {
        if (count + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
        }
    }
}
