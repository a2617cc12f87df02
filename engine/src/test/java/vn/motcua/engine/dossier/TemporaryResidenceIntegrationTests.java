package vn.motcua.engine.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.document.DocumentService;
import vn.motcua.engine.document.DocumentType;
import vn.motcua.engine.document.IssuedDocument;
import vn.motcua.testsupport.FilledForms;

/**
 * Đăng ký tạm trú (1.004194) filed with its real declaration (Mẫu CT01): the case of a rented home
 * asks for the owner and the rental contract, the home the applicant owns asks for nothing (the
 * state holds the proof); the dossier goes to the police of the ward where the residence is; the
 * signed result states the address, the validity and what the specialist proposed.
 */
@SpringBootTest
class TemporaryResidenceIntegrationTests {

    private static final Applicant AN = new Applicant("001092100001", "Nguyễn Văn An", "00004", "01");
    private static final byte[] CONTRACT = "%PDF-1.7\n% hop dong thue nha\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Autowired
    DossierService dossiers;
    @Autowired
    AttachmentService attachments;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    DocumentService documents;
    @Autowired
    vn.motcua.engine.registry.ResidentsDatabase registry;

    private Map<String, Object> rentedInHaiVan() {
        Map<String, Object> form = new HashMap<>(FilledForms.temporaryResidence());
        form.put("phuongXaTamTru", "20194"); // Phường Hải Vân, Thành phố Đà Nẵng
        form.put("diaChiTamTru", "Số 8 đường Nguyễn Văn Cừ");
        form.put("thoiHanTamTru", 12);
        form.put("truongHop", "RENTED");
        form.put("soDinhDanhChuSoHuu", "048088100003");
        form.put("quanHeVoiChuHo", "Người thuê nhà");
        form.put("chuSoHuuDongY", true);
        form.put("vanBanChoThue", List.of(attachments.store(AN.idNumber(), "hop-dong-thue.pdf", CONTRACT).id()));
        return form;
    }

    @Test
    void aRentedHomeNeedsTheOwnerTheConsentAndTheContractAndNothingIsFiledWithout() {
        Map<String, Object> missing = new HashMap<>(rentedInHaiVan());
        missing.remove("soDinhDanhChuSoHuu");
        missing.put("chuSoHuuDongY", false);
        missing.remove("vanBanChoThue");
        missing.put("thoiHanTamTru", 36);
        missing.put("phuongXaTamTru", "99999");
        long before = dossiers.forApplicant(AN.idNumber()).size();
        assertThatThrownBy(() -> dossiers.submit(AN, 2, new SubmitDossier("1.004194", "ONLINE", missing, "tr-" + UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "formData.soDinhDanhChuSoHuu", "formData.chuSoHuuDongY", "formData.vanBanChoThue",
                        "formData.thoiHanTamTru", "formData.phuongXaTamTru"));
        assertThat(dossiers.forApplicant(AN.idNumber())).hasSize((int) before);
        // an owner's number of the right shape but of no one in the residents database
        Map<String, Object> nobody = new HashMap<>(rentedInHaiVan());
        nobody.put("soDinhDanhChuSoHuu", "001092199999");
        assertThatThrownBy(() -> dossiers.submit(AN, 2, new SubmitDossier("1.004194", "ONLINE", nobody, "tr-" + UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("formData.soDinhDanhChuSoHuu"));
        assertThat(dossiers.forApplicant(AN.idNumber())).hasSize((int) before);
        // a home of one's own: the state holds the proof, nothing to upload and no owner to name
        Dossier own = dossiers.submit(AN, 2, new SubmitDossier("1.004194", "ONLINE", FilledForms.temporaryResidence(),
                "tr-" + UUID.randomUUID()));
        assertThat(own.unitCode()).endsWith("00004");
    }

    @Test
    void theDossierGoesToTheResidencesWardAndTheResultStatesAddressValidityAndProposal() throws Exception {
        Dossier d = dossiers.submit(AN, 2, new SubmitDossier("1.004194", "ONLINE", rentedInHaiVan(), "tr-" + UUID.randomUUID()));
        // routed by where the residence is (Đà Nẵng), not where the applicant lives now (Hà Nội)
        assertThat(d.unitCode()).contains("20194");
        // the owner who must agree was looked up in the residents database, and sees that read
        assertThat(registry.accessLog("048088100003", 50)).anySatisfy(read -> {
            assertThat(read.dossierCode()).isEqualTo(d.code());
            assertThat(read.purpose()).contains("chủ sở hữu chỗ ở");
        });
        assertThat(runtime.getVariables(d.processInstanceId())).containsEntry("placeWardCode", "20194")
                .containsEntry("residenceMonths", "12").containsEntry("householdHeadIdNumber", "048088100003");

        runtime.setVariable(d.processInstanceId(), VAR_FEE_PAID, true);
        TestDossiers.runJobs(management, d.processInstanceId());
        TestDossiers.completeTask(tasks, d.processInstanceId(), RECEPTION, Map.of(VAR_RECEPTION_DECISION, ACCEPT));
        TestDossiers.completeTask(tasks, d.processInstanceId(), PROCESSING, Map.of(VAR_PROCESSING_DECISION, PROPOSE,
                VAR_PROPOSED_RESULT, "Đủ điều kiện đăng ký tạm trú; chủ sở hữu đã đồng ý."));
        TestDossiers.completeTask(tasks, d.processInstanceId(), APPROVAL, Map.of(VAR_APPROVAL_DECISION, APPROVE));
        TestDossiers.runJobs(management, d.processInstanceId());

        IssuedDocument result = documents.forDossier(d.code()).stream().filter(x -> x.type() == DocumentType.DECISION)
                .findFirst().orElseThrow();
        String text = TestDossiers.pdfText(documents.contentWithProof(result.id(), result.checkCode()).orElseThrow());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")); // documents are dated in Vietnam
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        assertThat(text).contains("Số 8 đường Nguyễn Văn Cừ, Phường Hải Vân, Thành phố Đà Nẵng",
                "12 tháng, từ ngày " + date.format(today) + " đến ngày " + date.format(today.plusMonths(12).minusDays(1)),
                "Đủ điều kiện đăng ký tạm trú; chủ sở hữu đã đồng ý.");
        assertThat(text.indexOf("Thời hạn tạm trú")).as("what was decided belongs to Article 1")
                .isBetween(text.indexOf("Điều 1."), text.indexOf("Điều 2."));
    }
}
