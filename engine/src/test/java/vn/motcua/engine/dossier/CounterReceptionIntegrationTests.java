package vn.motcua.engine.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.registry.RegistryField;
import vn.motcua.engine.registry.RegistryReader;
import vn.motcua.engine.registry.Resident;
import vn.motcua.engine.registry.ResidentsDatabase;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffMember;

/**
 * The counter's "Tiếp nhận" clicked again while the first click is still being saved (the same
 * idempotency key, concurrently): every click gets the one dossier, received once, and none fails
 * with a transaction that was marked for rollback by the other's duplicate key.
 */
@SpringBootTest
class CounterReceptionIntegrationTests {

    private static final String AN = "001092100001";

    @Autowired
    CounterReception counter;
    @Autowired
    StaffDirectory staff;
    @Autowired
    ResidentsDatabase registry;
    @Autowired
    AttachmentService attachments;
    @Autowired
    AuditTrail audit;

    @Test
    void concurrentRetriesOfOneCounterFilingAllGetTheSameDossierReceivedOnce() throws Exception {
        StaffMember mai = staff.find("001187200001").orElseThrow(); // reception, Ba Đình ward
        Resident an = registry.findByIdNumber(AN, EnumSet.of(RegistryField.FULL_NAME, RegistryField.PERMANENT_ADDRESS),
                new RegistryReader(mai.idNumber(), mai.fullName(), "test: tiếp nhận trực tiếp", null)).orElseThrow();
        Map<String, Object> form = TestDossiers.birthForm(attachments, AN, "Nguyễn Gia Hân", AN, "001194100002");
        String key = "counter-" + UUID.randomUUID();
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Dossier>> clicks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clicks.add(() -> counter.file(mai, an, "1.001193", form, key));
            }
            List<String> codes = new ArrayList<>();
            for (Future<Dossier> click : pool.invokeAll(clicks)) {
                codes.add(click.get().code()); // a rollback-only failure would surface here
            }
            assertThat(codes).hasSize(4).containsOnly(codes.get(0));
            assertThat(counter.file(mai, an, "1.001193", form, key).code()).isEqualTo(codes.get(0));
            assertThat(audit.eventsFor("DOSSIER", codes.get(0))).filteredOn(e -> e.action().equals("COUNTER_RECEIVED"))
                    .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(mai.idNumber()));
        } finally {
            pool.shutdownNow();
        }
    }
}
