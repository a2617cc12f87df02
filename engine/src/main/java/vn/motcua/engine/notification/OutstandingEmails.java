package vn.motcua.engine.notification;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again the e-mails whose first attempt failed (the mail server was down): every few
 * minutes, those that have waited at least a minute. A restart resubmits all of them
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class OutstandingEmails {

    private static final Logger log = LoggerFactory.getLogger(OutstandingEmails.class);

    private final IncompleteEventPublications incomplete;

    OutstandingEmails(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(initialDelayString = "${motcua.notification.retry-interval:PT5M}",
            fixedDelayString = "${motcua.notification.retry-interval:PT5M}")
    void retry() {
        resubmitOlderThan(Duration.ofMinutes(1));
    }

    void resubmitOlderThan(Duration age) {
        log.debug("Resubmitting event publications older than {}", age);
        incomplete.resubmitIncompletePublicationsOlderThan(age);
    }
}
