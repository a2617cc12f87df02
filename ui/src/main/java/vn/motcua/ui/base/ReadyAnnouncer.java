package vn.motcua.ui.base;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints the one line operators and scripts wait for. It goes to standard output, not only the
 * log, so it is there whatever the logging configuration.
 */
@Component
class ReadyAnnouncer {

    @EventListener
    void announce(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            System.out.println("MotCua ready at http://localhost:" + web.getWebServer().getPort());
            System.out.flush();
        }
    }
}
