package vn.motcua.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MultiFileMemoryBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * An upload of PDF or image files, each stored as an attachment as soon as it arrives (the server
 * checks its content and size; its message is shown here); the component keeps the stored ids.
 * The upload shows each file's progress, in the page's language, and a refused file as failed.
 */
public class AttachmentUpload extends Div {

    public static final String[] ACCEPTED = {"application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png"};
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final List<String> ids = new ArrayList<>();
    private final Span error = new Span();
    private java.util.function.BiConsumer<String, String> onStored = (id, name) -> { };

    /** @param store stores one file for the citizen and returns its attachment id, or throws with the reason */
    @SuppressWarnings("deprecation") // MultiFileMemoryBuffer: each file is stored in the UI thread, then dropped
    public AttachmentUpload(BiFunction<String, byte[], String> store) {
        MultiFileMemoryBuffer buffer = new MultiFileMemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setI18n(UploadTexts.of(this::getTranslation));
        error.addClassName("motcua-field-error");
        upload.addSucceededListener(event -> {
            try (InputStream in = buffer.getInputStream(event.getFileName())) {
                String id = store.apply(event.getFileName(), in.readAllBytes());
                ids.add(id);
                error.setText("");
                onStored.accept(id, event.getFileName());
            } catch (IOException | RuntimeException e) {
                error.setText(e.getMessage());
                // the transfer succeeded but the file was refused: shown as failed, not with a tick
                // (this may reach the browser before or after it sees the transfer end)
                upload.getElement().executeJs("const mark = f => { f.complete = false; f.error = $1; this.files = [...this.files]; };"
                        + "const file = [...this.files].reverse().find(f => f.name === $0);"
                        + "if (file && file.complete) { mark(file); } else {"
                        + "  const done = e => { if (e.detail.file.name === $0) { this.removeEventListener('upload-success', done);"
                        + "    setTimeout(() => mark(e.detail.file)); } };"
                        + "  this.addEventListener('upload-success', done); }",
                        event.getFileName(), e.getMessage());
            }
        });
        add(upload, error);
    }

    /** Runs after each stored file with its attachment id and name. */
    public void onStored(java.util.function.BiConsumer<String, String> action) {
        this.onStored = action;
    }

    public List<String> attachmentIds() {
        return List.copyOf(ids);
    }

    public Span error() {
        return error;
    }
}
