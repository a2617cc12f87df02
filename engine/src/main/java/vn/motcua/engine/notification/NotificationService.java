package vn.motcua.engine.notification;

import static vn.motcua.db.Tables.NOTIFICATION;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.motcua.engine.dossier.DossierAddressee;
import vn.motcua.engine.dossier.DossierService;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.audit.AuditEntry;

/**
 * In-app notifications: one for the applicant at every status change of their dossier, written in
 * the transaction of the change itself (from its audit event), so none is lost or invented.
 */
@Service
public class NotificationService {

    /** Published once a notification is stored; the e-mail goes out after the commit. */
    public record Created(Notification notification, String email) {
    }

    private final DSLContext sql;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DossierService dossiers;

    NotificationService(DSLContext sql, Clock clock, ApplicationEventPublisher events, DossierService dossiers) {
        this.dossiers = dossiers;
        this.sql = sql;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void on(AuditEntry event) {
        StatusChange.of(event.action()).ifPresent(change -> {
            java.util.Optional<DossierAddressee> addressee = "DOSSIER".equals(event.subjectType())
                    ? dossiers.addresseeOfDossier(event.subjectId())
                    : "PROCESS".equals(event.subjectType()) ? dossiers.addresseeOfProcess(event.subjectId())
                    : java.util.Optional.empty();
            addressee.ifPresent(a -> notify(a.applicantIdNumber(), a.dossierCode(), change, a.email()));
        });
    }

    private void notify(String recipient, String dossierCode, StatusChange change, String email) {
        LocalDateTime now = LocalDateTime.now(clock);
        String message = change.message(dossierCode);
        long id = sql.insertInto(NOTIFICATION).set(NOTIFICATION.RECIPIENT_ID, recipient)
                .set(NOTIFICATION.DOSSIER_CODE, dossierCode).set(NOTIFICATION.KIND, change.name())
                .set(NOTIFICATION.MESSAGE, message).set(NOTIFICATION.CREATED_AT, now)
                .returning(NOTIFICATION.ID).fetchOne(NOTIFICATION.ID);
        events.publishEvent(new Created(new Notification(id, recipient, dossierCode, change.name(), message,
                now.atZone(clock.getZone()).toInstant(), null), email));
    }

    @Transactional(readOnly = true)
    public List<Notification> forRecipient(String recipientId, int limit) {
        return sql.selectFrom(NOTIFICATION).where(NOTIFICATION.RECIPIENT_ID.eq(recipientId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc()).limit(limit)
                .fetch(r -> new Notification(r.getId(), r.getRecipientId(), r.getDossierCode(), r.getKind(), r.getMessage(),
                        r.getCreatedAt().atZone(clock.getZone()).toInstant(),
                        r.getReadAt() == null ? null : r.getReadAt().atZone(clock.getZone()).toInstant()));
    }

    @Transactional(readOnly = true)
    public int unreadCount(String recipientId) {
        return sql.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(recipientId).and(NOTIFICATION.READ_AT.isNull()));
    }

    /** Marks the recipient's notifications read (only their own). */
    @Transactional
    public void markAllRead(String recipientId) {
        sql.update(NOTIFICATION).set(NOTIFICATION.READ_AT, LocalDateTime.now(clock))
                .where(NOTIFICATION.RECIPIENT_ID.eq(recipientId), NOTIFICATION.READ_AT.isNull()).execute();
    }
}
