package vn.motcua.engine.attachment;

import java.time.Instant;

/** A file attached to a dossier: what it is by content, its size and SHA-256. */
public record Attachment(String id, String ownerIdNumber, String fileName, String contentType, int sizeBytes,
                         String sha256, Instant uploadedAt) {
}
