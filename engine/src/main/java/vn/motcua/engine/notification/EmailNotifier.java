package vn.motcua.engine.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mail for each notification, when SMTP is configured ({@code SPRING_MAIL_HOST}, port, user,
 * password) and the applicant gave an address. Sent after the commit: a rolled-back change sends
 * nothing. A mail server that fails does not undo the change; the in-app notification stays the
 * record, and the failure is logged.
 */
@Component
class EmailNotifier {

    private static final Logger log = LoggerFactory.getLogger(EmailNotifier.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final vn.motcua.engine.PublicUrl publicUrl;

    EmailNotifier(ObjectProvider<JavaMailSender> mail,
                  @Value("${motcua.notification.mail-from:Cong dich vu cong MotCua <no-reply@motcua.local>}") String from,
                  vn.motcua.engine.PublicUrl publicUrl) {
        this.mail = mail;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void send(NotificationService.Created created) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || created.email() == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(created.email());
        message.setSubject("[MotCua] Hồ sơ " + created.notification().dossierCode());
        // the link is built from the configured public URL, never from a request's Host
        message.setText(created.notification().message() + "\n\nXem chi tiết trên Cổng dịch vụ công MotCua:\n"
                + publicUrl.resolve("/ho-so/" + created.notification().dossierCode())
                + "\n\n(Thư tự động, vui lòng không trả lời.)");
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("E-mail for notification {} to {} not sent: {}", created.notification().id(), created.email(), e.getMessage());
        }
    }
}
