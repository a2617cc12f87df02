package vn.motcua.engine.notification;

import vn.motcua.engine.Messages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mail for each notification, when SMTP is configured ({@code SPRING_MAIL_HOST}, port, user,
 * password) and the applicant gave an address. Sent after the commit, off the request thread: a
 * rolled-back change sends nothing, and a slow mail server slows nobody down. The event stays in
 * the publication registry until the mail server took the message; a failure propagates, so
 * {@link OutstandingEmails} sends it again later, and on restart.
 */
@Component
class EmailNotifier {

    private static final Logger log = LoggerFactory.getLogger(EmailNotifier.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final vn.motcua.engine.PublicUrl publicUrl;
    private final Counter failures;

    EmailNotifier(ObjectProvider<JavaMailSender> mail,
                  @Value("${motcua.notification.mail-from:Cong dich vu cong MotCua <no-reply@motcua.local>}") String from,
                  vn.motcua.engine.PublicUrl publicUrl, MeterRegistry meters) {
        this.failures = Counter.builder("motcua.email.failures")
                .description("E-mails the mail server did not take (each is sent again later)").register(meters);
        this.mail = mail;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    @Async
    @TransactionalEventListener
    void send(NotificationCreated created) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return; // no SMTP configured: the in-app notification is the only channel
        }
        String code = created.dossierCode();
        String key = "notification." + created.kind();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(created.email());
        message.setSubject(Messages.get(Messages.VIETNAMESE, "email.subject", code));
        // Vietnamese first, English below; the link is the configured public URL, never a request's Host
        message.setText(Messages.get(Messages.VIETNAMESE, key, code) + "\n"
                + Messages.get(Locale.ENGLISH, key, code) + "\n\n"
                + Messages.get(Messages.VIETNAMESE, "email.link") + "\n"
                + publicUrl.resolve("/ho-so/" + code) + "\n\n"
                + Messages.get(Messages.VIETNAMESE, "email.automatic"));
        try {
            sender.send(message);
        } catch (MailException e) {
            failures.increment();
            log.warn("E-mail for notification {} not sent, will be sent again: {}", created.notificationId(), e.getMessage());
            throw e; // the publication stays incomplete
        }
    }
}
