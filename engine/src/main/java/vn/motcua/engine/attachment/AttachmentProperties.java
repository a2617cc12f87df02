package vn.motcua.engine.attachment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.attachments.*}: accepted types (by content, not by name) and size limits per file
 * and per dossier.
 */
@ConfigurationProperties("motcua.attachments")
public record AttachmentProperties(List<String> types, Integer maxFileBytes, Integer maxDossierBytes) {

    public AttachmentProperties {
        types = types == null || types.isEmpty() ? List.of("application/pdf", "image/jpeg", "image/png") : List.copyOf(types);
        maxFileBytes = maxFileBytes == null ? 10 * 1024 * 1024 : maxFileBytes;
        maxDossierBytes = maxDossierBytes == null ? 30 * 1024 * 1024 : maxDossierBytes;
    }
}
