package vn.motcua.engine.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.registry.DemoRegistry;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffRole;

/**
 * A dossier goes to the competent unit when someone there can take it, to the province's public
 * service centre when nobody can, and the registration keeps that choice for every step's group.
 */
@SpringBootTest
class ReceivingUnitIntegrationTests {

    private static final String AN = "001092100001";

    @Autowired
    DossierService dossiers;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    StaffDirectory staff;

    private Dossier fileFrom(String ward, String province) {
        Map<String, Object> form = TestDossiers.birthForm(attachments, AN, "Nguyễn Hải Đăng", AN, "001194100002");
        return dossiers.submit(new Applicant(AN, "Nguyễn Văn An", ward, province), 2,
                new SubmitDossier("1.001193", "ONLINE", form, "routing-" + UUID.randomUUID()));
    }

    private Set<String> receptionGroups(Dossier d) {
        TestDossiers.runJobs(management, d.processInstanceId());
        String task = tasks.createTaskQuery().processInstanceId(d.processInstanceId()).singleResult().getId();
        return tasks.getIdentityLinksForTask(task).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aWardWithoutOneStopStaffSendsItsDossiersToTheProvincesServiceCentreUntilItIsStaffed() {
        // Phường Liên Chiểu (Đà Nẵng) has no civil servants in the demo directory
        Dossier unstaffed = fileFrom("20197", "48");
        assertThat(unstaffed.unitCode()).isEqualTo(DemoRegistry.SERVICE_CENTRE_PREFIX + "48");
        assertThat(unstaffed.code()).startsWith("ttpvhcc-tinh-48-");
        assertThat(receptionGroups(unstaffed)).containsExactly("unit:ttpvhcc-tinh-48:reception");

        // once the ward has reception, specialist and leader staff, its dossiers stay there
        staff.saveUnit("ubnd-xa-20197", "Ủy ban nhân dân Phường Liên Chiểu");
        staff.saveMember("048190300901", "Trần Thị Liên", "ubnd-xa-20197", "Công chức một cửa",
                Set.of(StaffRole.RECEPTION, StaffRole.SPECIALIST));
        Dossier halfStaffed = fileFrom("20197", "48");
        assertThat(halfStaffed.unitCode()).as("no leader yet: nobody could approve").isEqualTo("ttpvhcc-tinh-48");
        staff.saveMember("048075300902", "Lê Văn Chiểu", "ubnd-xa-20197", "Chủ tịch UBND phường", Set.of(StaffRole.LEADER));
        Dossier staffed = fileFrom("20197", "48");
        assertThat(staffed.unitCode()).isEqualTo("ubnd-xa-20197");
        assertThat(receptionGroups(staffed)).containsExactly("unit:ubnd-xa-20197:reception");

        // a deactivated leader leaves the ward unable to approve again
        staff.setActive("048075300902", false);
        assertThat(fileFrom("20197", "48").unitCode()).isEqualTo("ttpvhcc-tinh-48");
    }

    @Test
    void withoutAStaffedFallbackTheCompetentUnitKeepsTheDossier() {
        // Bắc Ninh has no demo staff at all, its service centre neither: the ward keeps the dossier
        // (and the staff administration page lists it among units with work and no staff)
        Dossier d = fileFrom("07228", "24");
        assertThat(d.unitCode()).isEqualTo("ubnd-xa-07228");
    }

    @Test
    void everyDemoCitizensWardIsStaffedForEveryOneStopStep() {
        Set<String> civilServants = DemoRegistry.STAFF.stream().map(DemoRegistry.DemoStaff::idNumber)
                .collect(java.util.stream.Collectors.toSet());
        for (DemoRegistry.DemoAccount citizen : DemoRegistry.ACCOUNTS) {
            if (civilServants.contains(citizen.resident().idNumber())) {
                continue;
            }
            String ward = citizen.resident().permanentWardCode();
            assertThat(staff.staffsOneStop("ubnd-xa-" + ward)).as("ubnd-xa-" + ward).isTrue();
            assertThat(staff.staffsOneStop("ca-xa-" + ward)).as("ca-xa-" + ward).isTrue();
        }
    }
}
