package vn.motcua.ui.base;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.function.Function;

/** The upload widget's own words ("Upload Files...", "Drop files here", …) in the page's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** @param text the page's translation function ({@code getTranslation}) */
    public static UploadI18N of(Function<String, String> text) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(text.apply("upload.drop.one")).setMany(text.apply("upload.drop.many")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(text.apply("upload.add.one")).setMany(text.apply("upload.add.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(text.apply("upload.error.too-many"))
                        .setFileIsTooBig(text.apply("upload.error.too-big"))
                        .setIncorrectFileType(text.apply("upload.error.type")))
                .setFile(new UploadI18N.File().setRetry(text.apply("upload.file.retry")).setStart(text.apply("upload.file.start"))
                        .setRemove(text.apply("upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(text.apply("upload.status.connecting"))
                                .setStalled(text.apply("upload.status.stalled")).setProcessing(text.apply("upload.status.processing"))
                                .setHeld(text.apply("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(text.apply("upload.remaining"))
                                .setUnknown(text.apply("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(text.apply("upload.error.server"))
                                .setUnexpectedServerError(text.apply("upload.error.server"))
                                .setForbidden(text.apply("upload.error.forbidden"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }
}
