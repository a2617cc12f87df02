package vn.motcua.engine.notification;

/**
 * A notification was stored; its e-mail goes out after the commit. Kept in the event publication
 * registry until the e-mail is sent, so a mail server that is down delays it instead of losing it.
 */
public record NotificationCreated(long notificationId, String dossierCode, String kind, String email) {
}
