package vn.motcua.engine.attachment;

/** An upload refused before anything was stored, with the reason in Vietnamese and English. */
public class RejectedAttachmentException extends RuntimeException {

    RejectedAttachmentException(String message) {
        super(message);
    }
}
