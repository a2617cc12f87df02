package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import vn.motcua.e2e.pages.FilingPage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;

/**
 * A citizen files while the mail server is down: the dossier is filed, the e-mail is not lost. The
 * server is stopped, the mail server comes up, the server starts again, and the e-mail arrives:
 * the event publication registry on MariaDB kept it across the restart.
 */
@ExtendWith(BrowserExtension.class)
class EmailAfterRestartJourneyTest {

    private static final String CITIZEN = "001208100019"; // Đỗ Quang Minh

    @Test
    void anEmailTheMailServerRefusedArrivesAfterARestart(WebDriver browser) throws Exception {
        int smtpPort;
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        String address = "minh-" + UUID.randomUUID() + "@example.test";
        MotCuaServer first = withMail(MotCuaServer.onFreshDataDir("mail-restart"), smtpPort).start();
        String code;
        try {
            PortalUserPages pages = new PortalUserPages(browser, first.baseUrl());
            pages.loginAs(CITIZEN, "Đỗ Quang Minh");
            browser.get(first.baseUrl() + "/thu-tuc/1.004772/nop-ho-so");
            FilingPage filing = new FilingPage(browser);
            filing.type("noiDungDeNghi", "Đề nghị giải quyết").type("soDienThoai", "0912000111").type("email", address);
            filing.next("attach");
            filing.attachRequired();
            filing.next("review");
            code = filing.submit();
            assertThat(first.awaitOutput(Pattern.compile("E-mail for notification \\d+ not sent, will be sent again"),
                    Duration.ofSeconds(60))).as("the mail server is down: the e-mail fails").isPresent();
        } finally {
            first.terminate();
        }

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (MotCuaServer second = withMail(MotCuaServer.on(first.dataDir()), smtpPort).start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length > 0);
            assertThat(smtp.getReceivedMessages()).anySatisfy(m -> {
                assertThat(m.getAllRecipients()[0].toString()).isEqualTo(address);
                assertThat(GreenMailUtil.getBody(m)).contains(code);
            });
        } finally {
            smtp.stop();
        }
    }

    /** SMTP at the port, and no periodic retry within the test: only the restart can send it. */
    private static MotCuaServer withMail(MotCuaServer server, int smtpPort) {
        return server.withEnv("SPRING_MAIL_HOST", "127.0.0.1").withEnv("SPRING_MAIL_PORT", Integer.toString(smtpPort))
                .withEnv("MOTCUA_NOTIFICATION_RETRY_INTERVAL", "PT1H");
    }
}
