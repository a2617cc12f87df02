package vn.motcua.engine.attachment;

import vn.motcua.engine.Messages;
import static vn.motcua.db.Tables.ATTACHMENT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.DataDirectory;
import vn.motcua.engine.Sha256;

/**
 * Stores citizens' uploads: the type is decided by the file's first bytes (a renamed .exe is not a
 * PDF), sizes are limited, names are reduced to safe characters, the SHA-256 is recorded, and the
 * bytes go to the content store under the attachment's id (never under the user's name).
 */
@Service
@EnableConfigurationProperties(AttachmentProperties.class)
public class AttachmentService {

    private final DSLContext sql;
    private final AttachmentProperties properties;
    private final Path store;
    private final Clock clock;

    AttachmentService(DSLContext sql, AttachmentProperties properties, DataDirectory data, Clock clock) {
        this.sql = sql;
        this.properties = properties;
        this.store = data.resolve("attachments");
        this.clock = clock;
    }

    @Transactional
    public Attachment store(String ownerIdNumber, String fileName, byte[] content) {
        if (content.length == 0) {
            throw new RejectedAttachmentException(Messages.text("attachment.empty"));
        }
        if (content.length > properties.maxFileBytes()) {
            throw new RejectedAttachmentException(Messages.text("attachment.too-large", String.valueOf(properties.maxFileBytes() / (1024 * 1024))));
        }
        String type = typeOf(content).filter(properties.types()::contains).orElseThrow(() -> new RejectedAttachmentException(
                Messages.text("attachment.type")));
        Attachment attachment = new Attachment(UUID.randomUUID().toString(), ownerIdNumber, safeName(fileName), type,
                content.length, Sha256.hex(content), Instant.now(clock));
        try {
            vn.motcua.engine.OwnerOnlyFiles.write(store.resolve(attachment.id()), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store attachment", e);
        }
        sql.insertInto(ATTACHMENT).set(ATTACHMENT.ID, attachment.id()).set(ATTACHMENT.OWNER_ID, ownerIdNumber)
                .set(ATTACHMENT.FILE_NAME, attachment.fileName()).set(ATTACHMENT.CONTENT_TYPE, type)
                .set(ATTACHMENT.SIZE_BYTES, content.length).set(ATTACHMENT.SHA256, attachment.sha256())
                .set(ATTACHMENT.UPLOADED_AT, LocalDateTime.ofInstant(attachment.uploadedAt(), clock.getZone())).execute();
        return attachment;
    }

    /** The owner's attachments among {@code ids}; others' ids are simply not returned. */
    public List<Attachment> ownedBy(String ownerIdNumber, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.selectFrom(ATTACHMENT).where(ATTACHMENT.OWNER_ID.eq(ownerIdNumber), ATTACHMENT.ID.in(ids))
                .fetch(r -> new Attachment(r.getId(), r.getOwnerId(), r.getFileName(), r.getContentType(), r.getSizeBytes(),
                        r.getSha256(), r.getUploadedAt().atZone(clock.getZone()).toInstant()));
    }

    /** The stored bytes of one of the owner's attachments (callers check who may read the owner's files). */
    public Optional<byte[]> content(String ownerIdNumber, String id) {
        if (ownedBy(ownerIdNumber, List.of(id)).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(store.resolve(id)));
        } catch (IOException e) {
            throw new UncheckedIOException("Attachment " + id + " is registered but its file cannot be read", e);
        }
    }

    /** Checks that the ids are the owner's own uploads and fit the per-dossier limit. */
    public void checkForDossier(String ownerIdNumber, List<String> ids) {
        List<Attachment> owned = ownedBy(ownerIdNumber, ids);
        if (owned.size() != ids.stream().distinct().count()) {
            throw new RejectedAttachmentException(Messages.text("attachment.unknown"));
        }
        long total = owned.stream().mapToLong(Attachment::sizeBytes).sum();
        if (total > properties.maxDossierBytes()) {
            throw new RejectedAttachmentException(Messages.text("attachment.total-too-large", String.valueOf(properties.maxDossierBytes() / (1024 * 1024))));
        }
    }

    static Optional<String> typeOf(byte[] c) {
        if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
            return Optional.of("application/pdf");
        }
        if (c.length >= 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (c.length >= 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G'
                && c[4] == 0x0D && c[5] == 0x0A && c[6] == 0x1A && c[7] == 0x0A) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** Letters (with Vietnamese marks folded away), digits, dot, dash, underscore; at most 120 characters. */
    static String safeName(String name) {
        // the last path segment, as text: Path.of would throw on a NUL or other bytes a client may send
        String base = name == null ? "tep" : name.substring(name.replace('\\', '/').lastIndexOf('/') + 1);
        String folded = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        String safe = folded.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (safe.isEmpty()) {
            safe = "tep";
        }
        return safe.length() <= 120 ? safe : safe.substring(safe.length() - 120);
    }
}
