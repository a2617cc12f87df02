package vn.motcua.engine.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.db.Tables.DOSSIER;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.audit.AuditTrail;

@SpringBootTest
class DossierSubmissionIntegrationTests {

    private static final Applicant AN = new Applicant("001092100001", "Nguyễn Văn An", "00004", "01");
    private static final Applicant BINH = new Applicant("001194100002", "Trần Thị Bình", "00004", "01");

    @Autowired
    DossierService dossiers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    AuditTrail audit;
    @Autowired
    DSLContext sql;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @Autowired
    vn.motcua.engine.attachment.AttachmentService attachments;
    @Autowired
    vn.motcua.engine.forms.ProcedureForms forms;
    @Autowired
    vn.motcua.engine.catalogue.ProcedureCatalogue catalogue;

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** A complete birth-registration form of the applicant's, with their own upload of the certificate. */
    private SubmitDossier birth(Applicant applicant, String key) {
        String certificate = attachments.store(applicant.idNumber(), "giay-chung-sinh.pdf", PDF).id();
        Map<String, Object> form = new java.util.HashMap<>();
        form.put("tenTre", "Nguyễn Minh Khôi");
        form.put("gioiTinh", "MALE");
        form.put("ngaySinh", "2026-11-20");
        form.put("noiSinh", "Bệnh viện Phụ sản Hà Nội");
        form.put("danToc", "Kinh");
        form.put("quocTich", "Việt Nam");
        form.put("soDinhDanhCha", "001092100001");
        form.put("soDinhDanhMe", "001194100002");
        form.put("coGiayChungSinh", "yes");
        form.put("giayChungSinh", List.of(certificate));
        form.put("soDienThoai", "0912345678");
        return new SubmitDossier("1.001193", "ONLINE", form, key);
    }

    private SubmitDossier birth(String key) {
        return birth(AN, key);
    }

    private static SubmitDossier residence(String key) {
        return new SubmitDossier("1.004194", "ONLINE", vn.motcua.testsupport.FilledForms.temporaryResidence(), key);
    }

    @Autowired
    vn.motcua.engine.registry.ResidentsDatabase registry;

    @Test
    void theParentsDeclaredInTheFormAreCheckedInTheRegistryAndSeeTheRead() {
        int motherReadsBefore = registry.accessLog(BINH.idNumber(), 1000).size();
        Dossier d = dossiers.submit(AN, 2, birth("parents-" + UUID.randomUUID()));
        TestDossiers.runJobs(management, d.processInstanceId());

        assertThat(runtime.getVariable(d.processInstanceId(), "parentsFoundInRegistry")).isEqualTo(true);
        var motherReads = registry.accessLog(BINH.idNumber(), 1000);
        assertThat(motherReads).hasSize(motherReadsBefore + 1);
        assertThat(motherReads.get(0).dossierCode()).isEqualTo(d.code());
        assertThat(motherReads.get(0).purpose()).contains("Đăng ký khai sinh");
        assertThat(registry.accessLog(AN.idNumber(), 1000)).anySatisfy(read -> {
            assertThat(read.dossierCode()).isEqualTo(d.code());
            assertThat(read.purpose()).contains("cha, mẹ");
        });
    }

    @Test
    void aMarriageWithAnAlreadyMarriedPartnerIsCaughtByTheRegistryCheck() {
        var tuan = vn.motcua.engine.registry.DemoRegistry.ACCOUNTS.get(4).resident();
        var lan = vn.motcua.engine.registry.DemoRegistry.ACCOUNTS.get(5).resident();
        Applicant groom = new Applicant(tuan.idNumber(), tuan.fullName(), tuan.permanentWardCode(),
                vn.motcua.engine.catalogue.ShippedAdminUnits.provinceOfWard(tuan.permanentWardCode()).orElseThrow());
        // Nguyễn Văn An is married to Trần Thị Bình in the registry
        Dossier married = dossiers.submit(groom, 2, marriage(AN.idNumber(), "Nguyễn Văn An", "marriage-" + UUID.randomUUID()));
        TestDossiers.runJobs(management, married.processInstanceId());
        assertThat(runtime.getVariable(married.processInstanceId(), "bothUnmarriedInRegistry")).isEqualTo(false);
        // Đặng Ngọc Lan is not married
        Dossier free = dossiers.submit(groom, 2, marriage(lan.idNumber(), lan.fullName(), "marriage-" + UUID.randomUUID()));
        TestDossiers.runJobs(management, free.processInstanceId());
        assertThat(runtime.getVariable(free.processInstanceId(), "bothUnmarriedInRegistry")).isEqualTo(true);
    }

    /** The three other flagships: what the citizen declared reaches the process and its registry reads. */
    @Test
    void theLinkedBirthResidenceAndInsuranceProcedureChecksTheDeclaredParents() {
        int fatherReadsBefore = registry.accessLog(AN.idNumber(), 1000).size();
        String certificate = attachments.store(BINH.idNumber(), "giay-chung-sinh.pdf", PDF).id();
        Map<String, Object> form = new java.util.HashMap<>();
        form.put("tenTre", "Nguyễn Minh Châu");
        form.put("gioiTinh", "FEMALE");
        form.put("ngaySinh", java.time.LocalDate.now().minusDays(3).toString());
        form.put("noiSinh", "Bệnh viện Phụ sản Hà Nội");
        form.put("danToc", "Kinh");
        form.put("quocTich", "Việt Nam");
        form.put("soDinhDanhCha", AN.idNumber());
        form.put("soDinhDanhMe", BINH.idNumber());
        form.put("coGiayChungSinh", "yes");
        form.put("giayChungSinh", List.of(certificate));
        form.put("noiThuongTruCuaTre", "MOTHER");
        form.put("noiKhamChuaBenh", "Bệnh viện Xanh Pôn");
        form.put("nhanTheBhyt", "OFFICE");
        form.put("soDienThoai", "0912345678");
        Dossier d = dossiers.submit(BINH, 2, new SubmitDossier("2.000986", "ONLINE", form, "linked-" + UUID.randomUUID()));
        TestDossiers.runJobs(management, d.processInstanceId());
        assertThat(runtime.getVariable(d.processInstanceId(), "parentsFoundInRegistry")).isEqualTo(true);
        var fatherReads = registry.accessLog(AN.idNumber(), 1000);
        assertThat(fatherReads).hasSize(fatherReadsBefore + 1);
        assertThat(fatherReads.get(0).dossierCode()).isEqualTo(d.code());
    }

    @Test
    void aPermanentResidenceIntoAFamilyReadsTheApplicantAndTheHouseholdHeadTheFormNames() {
        var nhan = vn.motcua.engine.registry.DemoRegistry.ACCOUNTS.stream().map(a -> a.resident())
                .filter(r -> r.idNumber().equals("001150100018")).findFirst().orElseThrow();
        int headReadsBefore = registry.accessLog(nhan.idNumber(), 1000).size();
        Map<String, Object> form = Map.of("diaChiThuongTru", nhan.permanentAddress(), "truongHop", "JOIN_FAMILY",
                "soDinhDanhChuHo", nhan.idNumber(), "quanHeVoiChuHo", "Con", "soDienThoai", "0912345678");
        Dossier d = dossiers.submit(AN, 2, new SubmitDossier("1.004222", "ONLINE", form, "residence-" + UUID.randomUUID()));
        feePaid(d);
        assertThat(runtime.getVariable(d.processInstanceId(), "applicantFoundInRegistry")).isEqualTo(true);
        assertThat(runtime.getVariable(d.processInstanceId(), "householdHeadFoundInRegistry")).isEqualTo(true);
        var headReads = registry.accessLog(nhan.idNumber(), 1000);
        assertThat(headReads).hasSize(headReadsBefore + 1);
        assertThat(headReads.get(0).dossierCode()).isEqualTo(d.code());
        assertThat(headReads.get(0).purpose()).contains("chủ hộ");

        // someone who is not a household head is named as one: the check says so
        Dossier wrong = dossiers.submit(AN, 2, new SubmitDossier("1.004222", "ONLINE", Map.of("diaChiThuongTru",
                "Số 4 Kim Mã", "truongHop", "JOIN_FAMILY", "soDinhDanhChuHo", "001208100019", "quanHeVoiChuHo", "Con",
                "soDienThoai", "0912345678"), "residence-" + UUID.randomUUID()));
        feePaid(wrong);
        assertThat(runtime.getVariable(wrong.processInstanceId(), "householdHeadFoundInRegistry")).isEqualTo(false);
    }

    @Test
    void aPassportApplicationReadsTheApplicantFromTheRegistryInsteadOfAskingForPapers() {
        int readsBefore = registry.accessLog(AN.idNumber(), 1000).size();
        String photo = attachments.store(AN.idNumber(), "anh-chan-dung.pdf", PDF).id();
        Map<String, Object> form = Map.of("hinhThucCap", "FIRST", "ngheNghiep", "Kỹ sư", "nhanHoChieu", "OFFICE",
                "anhChanDung", List.of(photo), "soDienThoai", "0912345678");
        Dossier d = dossiers.submit(AN, 2, new SubmitDossier("1.001456", "ONLINE", form, "passport-" + UUID.randomUUID()));
        feePaid(d);
        assertThat(runtime.getVariable(d.processInstanceId(), "applicantFoundInRegistry")).isEqualTo(true);
        var reads = registry.accessLog(AN.idNumber(), 1000);
        assertThat(reads).hasSize(readsBefore + 1);
        assertThat(reads.get(0).dossierCode()).isEqualTo(d.code());
        assertThat(reads.get(0).purpose()).contains("1.001456");
    }

    /** Registration, then the fee confirmed as the payment gateway's callback confirms it: the handling starts. */
    private void feePaid(Dossier d) {
        TestDossiers.runJobs(management, d.processInstanceId());
        if (runtime.getActiveActivityIds(d.processInstanceId()).contains(vn.motcua.workflows.onestop.OneStopModel.PAYMENT_CONFIRMED)) {
            runtime.createMessageCorrelation(vn.motcua.workflows.onestop.OneStopModel.MESSAGE_PAYMENT_CONFIRMED)
                    .processInstanceBusinessKey(d.code()).setVariable(vn.motcua.workflows.onestop.OneStopModel.VAR_FEE_PAID, true)
                    .correlate();
        }
        TestDossiers.runJobs(management, d.processInstanceId());
    }

    private static SubmitDossier marriage(String partnerId, String partnerName, String key) {
        return new SubmitDossier("1.000894", "ONLINE", Map.of("soDinhDanhBenKia", partnerId, "hoTenBenKia", partnerName,
                "lanKetHon", "FIRST", "cungNoiCuTru", "yes", "soDienThoai", "0912345678"), key);
    }

    @Test
    void aSubmissionCreatesTheDossierItsCodeItsProcessAndItsAuditEventTogether() {
        Dossier d = dossiers.submit(AN, 2, birth("key-" + UUID.randomUUID()));
        assertThat(d.code()).matches("ubnd-xa-00004-\\d{6}-\\d{4}");
        assertThat(d.formData()).contains("Nguyễn Minh Khôi");
        // the form is checked on the server: another citizen's upload or a bad value files nothing
        var stranger = birth(BINH, "stranger-" + UUID.randomUUID());
        Map<String, Object> borrowed = new java.util.HashMap<>(birth("x-" + UUID.randomUUID()).formData());
        assertThatThrownBy(() -> dossiers.submit(BINH, 2, new SubmitDossier("1.001193", "ONLINE", borrowed, "borrow-" + UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("formData.giayChungSinh"));
        Map<String, Object> badPhone = new java.util.HashMap<>(stranger.formData());
        badPhone.put("soDienThoai", "123");
        assertThatThrownBy(() -> dossiers.submit(BINH, 2, new SubmitDossier("1.001193", "ONLINE", badPhone, "phone-" + UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("formData.soDienThoai", "Số điện thoại di động không hợp lệ (ví dụ 0912345678)."));
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(d.code()).singleResult();
        assertThat(instance.getId()).isEqualTo(d.processInstanceId());
        assertThat(runtime.getVariable(instance.getId(), "dossierCode")).isEqualTo(d.code());
        assertThat(audit.eventsFor("DOSSIER", d.code())).extracting(e -> e.action()).containsExactly("DOSSIER_SUBMITTED");
    }

    @Test
    void progressShowsTheStateTheCurrentStepTheDueTimeAndTheTimeline() {
        Dossier free = dossiers.submit(AN, 2, birth("progress-" + UUID.randomUUID()));
        assertThat(dossiers.progress(free).currentSteps()).containsExactly("Tiếp nhận điện tử, cấp mã hồ sơ, hẹn trả");
        register(free);
        DossierProgress progress = dossiers.progress(free);
        assertThat(progress.state()).isEqualTo(vn.motcua.engine.lifecycle.DossierStatus.IN_PROGRESS);
        assertThat(progress.currentSteps()).contains("Tiếp nhận, kiểm tra hồ sơ");
        assertThat(progress.dueAt()).isNotNull();
        assertThat(progress.timeline()).extracting(e -> e.action()).contains("DOSSIER_SUBMITTED", "DOSSIER_REGISTERED");

        Dossier paid = dossiers.submit(AN, 2, residence("fee-" + UUID.randomUUID()));
        register(paid);
        assertThat(dossiers.progress(paid).state()).isEqualTo(vn.motcua.engine.lifecycle.DossierStatus.WAITING_FOR_CITIZEN);
        assertThat(dossiers.progress(paid).currentSteps()).contains("Đã nộp phí");
    }

    /** The registration job: the job executor runs it in the application, the test runs it here. */
    private void register(Dossier d) {
        var job = management.createJobQuery().processInstanceId(d.processInstanceId()).activityId("Task_Register").singleResult();
        management.executeJob(job.getId());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameDossier() {
        String key = "double-click-" + UUID.randomUUID();
        Dossier first = dossiers.submit(AN, 2, birth(key));
        Dossier again = dossiers.submit(AN, 2, birth(key));
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(first.code()).count()).isOne();
        // the key is the applicant's: another citizen using the same string files their own
        assertThat(dossiers.submit(BINH, 2, birth(BINH, key)).code()).isNotEqualTo(first.code());
    }

    @Test
    void concurrentSubmissionsGetUniqueConsecutiveNumbersAndConcurrentRetriesOneDossier() throws Exception {
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Dossier>> work = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String key = "parallel-" + i + "-" + UUID.randomUUID();
                work.add(() -> dossiers.submit(AN, 2, residence(key)));
            }
            String shared = "same-click-" + UUID.randomUUID();
            for (int i = 0; i < 6; i++) {
                work.add(() -> dossiers.submit(BINH, 2, residence(shared)));
            }
            List<String> codes = new ArrayList<>();
            for (Future<Dossier> f : pool.invokeAll(work)) {
                codes.add(f.get().code());
            }
            List<String> distinct = codes.stream().distinct().toList();
            assertThat(distinct).hasSize(25);
            List<Integer> numbers = new ArrayList<>(distinct.stream()
                    .map(c -> Integer.parseInt(c.substring(c.length() - 4))).toList());
            Collections.sort(numbers);
            for (int i = 1; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).as("no gaps").isEqualTo(numbers.get(i - 1) + 1);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aCitizenSeesOnlyTheirOwnDossiers() {
        Dossier d = dossiers.submit(AN, 2, birth("own-" + UUID.randomUUID()));
        assertThat(dossiers.findForApplicant(d.code(), AN.idNumber())).isPresent();
        assertThat(dossiers.findForApplicant(d.code(), BINH.idNumber())).isEmpty();
        assertThat(dossiers.forApplicant(BINH.idNumber())).extracting(Dossier::code).doesNotContain(d.code());
    }

    @Test
    void badSubmissionsGetFieldErrorsAndCreateNothing() {
        int before = sql.fetchCount(DOSSIER);
        assertThatThrownBy(() -> dossiers.submit(AN, 2, new SubmitDossier("9.999999", "FAX", Map.of(), "x")))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("procedureCode", "channel", "idempotencyKey"));
        assertThatThrownBy(() -> dossiers.submit(AN, 1, birth("level-one-" + UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors().get("procedureCode"))
                        .contains("mức 2"));
        assertThat(sql.fetchCount(DOSSIER)).isEqualTo(before);
    }

    @Test
    void aProcedureTheCatalogueOffersOnlyAtTheCounterIsRefusedOnlineAndNothingIsCreated() {
        int before = sql.fetchCount(DOSSIER);
        // 1.000086: in person only in the national catalogue, no form of MotCua's own for it
        assertThatThrownBy(() -> dossiers.submit(AN, 2, new SubmitDossier("1.000086", "ONLINE", Map.of(), "counter-only-" + UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors().get("procedureCode"))
                        .isEqualTo("Thủ tục này không nhận hồ sơ trực tuyến: nộp trực tiếp tại bộ phận một cửa hoặc qua bưu chính."));
        assertThatThrownBy(() -> dossiers.submit(AN, 2, new SubmitDossier("1.000086", null, Map.of(), "counter-only-" + UUID.randomUUID())))
                .as("a filing that names no channel is an online one")
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors()).containsKey("procedureCode"));
        assertThat(sql.fetchCount(DOSSIER)).isEqualTo(before);

        assertThat(forms.offeredOnline(catalogue.find("1.000086").orElseThrow())).isFalse();
        assertThat(forms.offeredOnline(catalogue.find("1.004194").orElseThrow())).as("an online channel in the catalogue").isTrue();
        assertThat(forms.offeredOnline(catalogue.find("2.000986").orElseThrow()))
                .as("the counter only in the catalogue, filed online through MotCua's declared form (Project 06)").isTrue();
    }

    @Test
    void theSameFileAttachedTwiceInOneDossierIsRefusedOnItsField() {
        int before = sql.fetchCount(DOSSIER);
        Map<String, Object> form = new java.util.HashMap<>(TestDossiers.birthForm(attachments, AN.idNumber(), "Nguyễn Hà Vy",
                AN.idNumber(), "001194100002"));
        // a re-upload in a restored draft: same bytes, another upload id
        String again = attachments.store(AN.idNumber(), "gcs-lan-2.pdf", PDF).id();
        form.put("giayChungSinh", List.of(((List<?>) form.get("giayChungSinh")).get(0).toString(), again));
        assertThat(dossiers.check(AN.idNumber(), "1.001193", form).get("formData.giayChungSinh"))
                .contains("cùng nội dung").contains("gcs-lan-2.pdf");
        assertThatThrownBy(() -> dossiers.submit(AN, 2, new SubmitDossier("1.001193", "ONLINE", form, "dup-" + UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("formData.giayChungSinh"));
        assertThat(sql.fetchCount(DOSSIER)).isEqualTo(before);
    }
}
