package vn.motcua.ui.verification;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.IOException;
import java.io.InputStream;
import vn.motcua.engine.document.DocumentService;
import vn.motcua.engine.document.Verification;
import vn.motcua.ui.base.MainLayout;

/** "Xác thực văn bản": anyone uploads a PDF and learns whether MotCua issued it, unaltered. */
@Route(value = "xac-thuc", layout = MainLayout.class)
@AnonymousAllowed
public class VerificationView extends Main implements HasDynamicTitle {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    @SuppressWarnings("deprecation") // MemoryBuffer: the upload is checked in the UI thread, then dropped
    public VerificationView(DocumentService documents) {
        setId("verification-view");
        addClassName("motcua-page");
        Div result = new Div();
        result.setId("verification-result");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("verification-upload");
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setI18n(vn.motcua.ui.base.UploadTexts.of(this::getTranslation));
        upload.addSucceededListener(event -> {
            try (InputStream in = buffer.getInputStream()) {
                VerificationResult.show(result, documents.verify(in.readAllBytes()), this::getTranslation);
            } catch (IOException e) {
                result.setText(getTranslation("verify.unreadable"));
            }
            upload.clearFileList();
        });
        upload.addFileRejectedListener(event -> result.setText(getTranslation("verify.rejected")));
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.lead")), upload, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " | MotCua";
    }
}
