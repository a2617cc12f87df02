package vn.motcua.engine.notification;

import java.time.Instant;

/** A message to a citizen about one of their dossiers; {@code kind} is the audit action that caused it. */
public record Notification(long id, String recipientId, String dossierCode, String kind, String message,
                           Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
