package vn.motcua.engine.notification;

import vn.motcua.engine.Messages;
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
import vn.motcua.engine.lifecycle.DossierEvent;

/**
 * In-app notifications: one for the applicant at every lifecycle event they are told about
 * ({@link CitizenNotice}), written in the transaction of the change itself, so none is lost or
 * invented; an e-mail follows when the applicant gave an address ({@link EmailNotifier}).
 */
@Service
public class NotificationService {

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

    /** In the transaction of the change: the notification is kept if and only if the change is. */
    @EventListener
    void on(DossierEvent event) {
        CitizenNotice.of(event).ifPresent(notice -> dossiers.addresseeOfDossier(event.dossierCode())
                .ifPresent(addressee -> notify(addressee, notice)));
    }

    private void notify(DossierAddressee addressee, CitizenNotice notice) {
        LocalDateTime now = LocalDateTime.now(clock);
        String message = Messages.get(Messages.VIETNAMESE, notice.messageKey(), addressee.dossierCode());
        long id = sql.insertInto(NOTIFICATION).set(NOTIFICATION.RECIPIENT_ID, addressee.applicantIdNumber())
                .set(NOTIFICATION.DOSSIER_CODE, addressee.dossierCode()).set(NOTIFICATION.KIND, notice.name())
                .set(NOTIFICATION.MESSAGE, message).set(NOTIFICATION.CREATED_AT, now)
                .returning(NOTIFICATION.ID).fetchOne(NOTIFICATION.ID);
        if (addressee.email() != null) {
            events.publishEvent(new NotificationCreated(id, addressee.dossierCode(), notice.name(), addressee.email()));
        }
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
