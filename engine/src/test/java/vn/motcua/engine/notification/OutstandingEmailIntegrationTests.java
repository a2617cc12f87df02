package vn.motcua.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.SubmitDossier;
import vn.motcua.engine.dossier.TestDossiers;

/**
 * An e-mail the mail server does not take is not lost: its event stays in the publication
 * registry (on MariaDB) and goes out once the server is back, on the retry that a timer and a
 * restart run. A real SMTP server (GreenMail), down and then up.
 */
@SpringBootTest
class OutstandingEmailIntegrationTests {

    private static final String APPLICANT = "049190100004"; // Phạm Thu Trang, Hải Vân

    @Autowired
    DossierService dossiers;
    @Autowired
    AttachmentService attachments;
    @Autowired
    OutstandingEmails outstanding;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcTemplate jdbc;

    private GreenMail smtp;

    @AfterEach
    void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private double failures() {
        return meters.counter("motcua.email.failures").count();
    }

    private int outstandingEmails() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND EVENT_TYPE = ?",
                Integer.class, NotificationCreated.class.getName());
    }

    @Test
    void anEmailThatFailedIsSentOnceTheMailServerIsBack() {
        double failedBefore = failures();
        Map<String, Object> form = TestDossiers.birthForm(attachments, APPLICANT, "Lê Gia Hân", null, APPLICANT);
        String address = "trang-" + UUID.randomUUID() + "@example.test";
        form.put("email", address);
        // the mail server is down: the submission succeeds, the e-mail fails and is kept
        Dossier dossier = dossiers.submit(new Applicant(APPLICANT, "Phạm Thu Trang", "20194", "48"), 2,
                new SubmitDossier("1.001193", "ONLINE", form, "mail-" + UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).until(() -> failures() > failedBefore);
        assertThat(outstandingEmails()).isPositive();

        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        outstanding.resubmitOlderThan(Duration.ZERO);
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length > 0);
        assertThat(smtp.getReceivedMessages()).anySatisfy(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo(address);
            assertThat(GreenMailUtil.getBody(m)).contains(dossier.code(), "/ho-so/" + dossier.code());
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> outstandingEmails() == 0);
    }
}
