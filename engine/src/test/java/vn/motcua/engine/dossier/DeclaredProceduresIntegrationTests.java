package vn.motcua.engine.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.document.DocumentService;
import vn.motcua.engine.document.DocumentType;
import vn.motcua.engine.document.IssuedDocument;
import vn.motcua.testsupport.FilledForms;

/**
 * Each procedure with a real declaration, filed with it and run to its signed result: what the
 * citizen declared reaches the process, and the result (text read back from the signed PDF) states
 * what was decided with the data that matters, under the result's own title.
 */
@SpringBootTest
class DeclaredProceduresIntegrationTests {

    private static final Object UPLOAD = new Object();
    private static final Applicant THANG = new Applicant("038083100010", "Lê Đức Thắng", "00004", "01");

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

    static Stream<Arguments> declared() {
        return Stream.of(
                Arguments.of("1.001193", birth(), "Đã đối chiếu thông tin cha, mẹ trong Cơ sở dữ liệu quốc gia về dân cư",
                        List.of("TRÍCH LỤC KHAI SINH", "Họ, chữ đệm, tên: Lê Minh Khôi", "Giới tính: Nữ", "Nơi sinh: Bệnh viện Phụ sản",
                                "Số định danh cá nhân của cha: 001092100001", "Số định danh cá nhân của mẹ: 001194100002")),
                Arguments.of("1.004222", Map.of("diaChiThuongTru", "Số 4 Kim Mã, Phường Ba Đình, Thành phố Hà Nội",
                                "truongHop", "JOIN_FAMILY", "soDinhDanhChuHo", "001150100018", "quanHeVoiChuHo", "Con",
                                "soDienThoai", "0912345678"), "Chủ hộ đã đồng ý; đủ điều kiện đăng ký thường trú",
                        List.of("THÔNG BÁO KẾT QUẢ ĐĂNG KÝ THƯỜNG TRÚ", "Địa chỉ đăng ký thường trú: Số 4 Kim Mã",
                                "Quan hệ với chủ hộ: Con")),
                Arguments.of("1.000894", Map.of("soDinhDanhBenKia", "074198100006", "hoTenBenKia", "Đặng Ngọc Lan",
                                "lanKetHon", "FIRST", "cungNoiCuTru", "yes", "soDienThoai", "0912345678"),
                        "Hai bên đủ điều kiện kết hôn", List.of("TRÍCH LỤC KẾT HÔN", "Kết hôn với: Đặng Ngọc Lan",
                                "Số định danh cá nhân của bên kia: 074198100006")),
                Arguments.of("1.001456", withUpload(Map.of("hinhThucCap", "FIRST", "ngheNghiep", "Kỹ sư", "nhanHoChieu", "OFFICE",
                                "soDienThoai", "0912345678"), "anhChanDung"), "Đã thu nhận ảnh, vân tay",
                        List.of("GIẤY HẸN TRẢ HỘ CHIẾU", "Nơi nhận hộ chiếu: ")),
                Arguments.of("3.000333", FilledForms.criminalRecordExtract(), "Không có án tích",
                        List.of("PHIẾU LÝ LỊCH TƯ PHÁP", "Loại phiếu: Phiếu lý lịch tư pháp số 1", "Mục đích sử dụng: Bổ sung hồ sơ xin việc",
                                "Án tích: Không có án tích")),
                Arguments.of("1.001612", FilledForms.householdBusiness(), "Đủ điều kiện đăng ký hộ kinh doanh",
                        List.of("GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", "Tên hộ kinh doanh: Hộ kinh doanh Phở Bắc An",
                                "Địa điểm kinh doanh: Số 20 phố Đội Cấn", "Phường Ba Đình, Thành phố Hà Nội",
                                "Vốn kinh doanh (đồng): 150.000.000", "Ngành, nghề kinh doanh: Dịch vụ ăn uống")),
                Arguments.of("1.000656", FilledForms.death(), "Đã đối chiếu Giấy báo tử",
                        List.of("TRÍCH LỤC KHAI TỬ", "Nguyễn Văn Bảy", "Chết vào ngày: 20/11/2026", "Nơi chết: Bệnh viện Bạch Mai",
                                "Nguyên nhân chết: Bệnh già")),
                Arguments.of("1.004873", FilledForms.maritalStatus(), "Đối chiếu Cơ sở dữ liệu hộ tịch: chưa đăng ký kết hôn",
                        List.of("GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", "Tình trạng hôn nhân: Chưa đăng ký kết hôn với ai",
                                "Giấy này được cấp để: Để đăng ký kết hôn với bà Trần Thị Bình")),
                Arguments.of("1.003677", FilledForms.temporaryAbsence(), "Đã cập nhật vào Cơ sở dữ liệu về cư trú",
                        List.of("THÔNG BÁO KẾT QUẢ KHAI BÁO TẠM VẮNG", "Lý do tạm vắng: Đi làm việc tại Đà Nẵng",
                                "Tạm vắng từ ngày: 01/01/2027", "Đến ngày: 31/12/2027", "Phường Hải Vân, Thành phố Đà Nẵng")),
                Arguments.of("1.013079", withUpload(FilledForms.vehicleRegistrationChange(), "chungNhanCu"), "Đủ điều kiện đổi",
                        List.of("GIẤY HẸN TRẢ KẾT QUẢ", "Biển số xe: 30A-123.45", "Lý do đổi: Chứng nhận đăng ký xe, biển số xe bị mờ, hỏng",
                                "Nơi nhận kết quả: Qua dịch vụ bưu chính công ích", "Kết quả được trả: ", "Biển số xe", "Ngày hẹn trả: ")),
                Arguments.of("3.000348", FilledForms.drivingLicenceReissue(), "Đã đối chiếu dữ liệu giấy phép lái xe",
                        List.of("GIẤY HẸN TRẢ KẾT QUẢ", "Số giấy phép lái xe: 010123456789", "Hạng: B", "Lý do cấp lại: Giấy phép lái xe bị mất",
                                "Kết quả được trả: Giấy phép lái xe")),
                Arguments.of("1.013225", withUpload(FilledForms.buildingPermit(), "banVe"), "Phù hợp quy hoạch chi tiết",
                        List.of("GIẤY PHÉP XÂY DỰNG", "Cấp công trình: Cấp III", "Thửa đất số: 215", "Tờ bản đồ số: 12",
                                "Diện tích lô đất (m²): 80", "Tổng diện tích sàn (m²): 216", "Số tầng: 3", "Chiều cao công trình (m): 11.5",
                                "Địa điểm xây dựng: Số 15 ngõ 102 phố Kim Mã")),
                Arguments.of("1.001022", withUpload(FilledForms.parentChildRecognition(), "chungCu"), "Kết quả giám định ADN phù hợp",
                        List.of("TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON", "Nội dung đăng ký: Cha nhận con", "Người được nhận: Lê Minh Khang",
                                "Ngày sinh của người được nhận: 15/03/2020")),
                Arguments.of("2.000748", withUpload(FilledForms.civilStatusCorrection(), "giayToChungMinh"), "Có căn cứ cải chính",
                        List.of("TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH, BỔ SUNG THÔNG TIN HỘ TỊCH", "Nội dung: Cải chính thông tin hộ tịch",
                                "Sổ hộ tịch: Sổ đăng ký khai sinh", "Thông tin trước: Lê Đức Thăng", "Thông tin sau: Lê Đức Thắng")),
                Arguments.of("1.001247", FilledForms.idCard(), "Đã thu nhận sinh trắc học",
                        List.of("GIẤY HẸN TRẢ KẾT QUẢ", "Đề nghị: Cấp đổi khi đến tuổi", "Ngày hẹn thu nhận sinh trắc học: 05/01/2027",
                                "Kết quả được trả: Thẻ căn cước", "Nơi nhận kết quả: Qua dịch vụ bưu chính về nơi cư trú")),
                Arguments.of("1.012543", FilledForms.childIdCard(), "Đủ điều kiện cấp thẻ",
                        List.of("GIẤY HẸN TRẢ KẾT QUẢ", "Người được cấp: Lê Minh An", "Người đại diện hợp pháp: Cha",
                                "Kết quả được trả: Thẻ căn cước")),
                Arguments.of("1.012575", FilledForms.firstVehicleRegistration(), "Biển số được cấp: 30K-888.88",
                        List.of("GIẤY HẸN TRẢ KẾT QUẢ", "Số khung: RLLV3A1B2C3D45679", "Màu sơn: Trắng",
                                "Kết quả được trả: Giấy chứng nhận đăng ký xe; Biển số xe")),
                Arguments.of("3.000347", FilledForms.drivingLicenceExchange(), "Đủ điều kiện đổi",
                        List.of("GIẤY HẸN TRẢ KẾT QUẢ", "Số giấy phép lái xe: 010123456789", "Giấy phép cũ hết hạn ngày: 01/02/2027",
                                "Lý do đổi: Sắp hết hạn hoặc đã hết hạn sử dụng")));
    }

    /** The birth flagship's form, its certificate an upload added when the test runs. */
    private static Map<String, Object> birth() {
        Map<String, Object> form = new HashMap<>(Map.of("tenTre", "Lê Minh Khôi", "gioiTinh", "FEMALE",
                "ngaySinh", java.time.LocalDate.now().minusDays(3).toString(), "noiSinh", "Bệnh viện Phụ sản", "danToc", "Kinh",
                "quocTich", "Việt Nam", "soDinhDanhCha", "001092100001", "soDinhDanhMe", "001194100002", "coGiayChungSinh", "yes",
                "soDienThoai", "0912345678"));
        form.put("giayChungSinh", UPLOAD);
        return form;
    }

    /** Marks a field to receive a stored upload of the applicant's (added when the test runs). */
    private static Map<String, Object> withUpload(Map<String, Object> form, String field) {
        Map<String, Object> marked = new HashMap<>(form);
        marked.put(field, UPLOAD);
        return marked;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declared")
    void theRealDeclarationReachesTheProcessAndTheSignedResultStatesWhatWasDecided(String code, Map<String, Object> filled,
                                                                                  String proposal, List<String> stated) throws Exception {
        Map<String, Object> form = new HashMap<>(filled);
        if (code.equals("1.000656")) {
            form.put("giayBaoTu", UPLOAD);
        }
        form.replaceAll((key, value) -> value == UPLOAD ? List.of(attachments.store(THANG.idNumber(), key + ".pdf",
                ("%PDF-1.7\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII)).id()) : value);
        Dossier d = dossiers.submit(THANG, 2, new SubmitDossier(code, "ONLINE", form, "declared-" + UUID.randomUUID()));
        assertThat(runtime.getVariables(d.processInstanceId())).containsKey(VAR_RESULT_FACTS);

        runtime.setVariable(d.processInstanceId(), VAR_FEE_PAID, true);
        // reception accepts, the specialist proposes, the leader approves; a flagship's own steps
        // (both parties sign, biometrics) are completed as they come
        for (int step = 0; step < 12; step++) {
            TestDossiers.runJobs(management, d.processInstanceId());
            var open = tasks.createTaskQuery().processInstanceId(d.processInstanceId()).list();
            // a flagship waits for the gateway's confirmation of the fee, or for the owner's consent
            var awaited = runtime.createEventSubscriptionQuery().processInstanceId(d.processInstanceId()).eventType("message").list()
                    .stream().map(s -> s.getEventName()).filter(List.of(MESSAGE_PAYMENT_CONFIRMED, "OwnerConsented")::contains).toList();
            if (open.isEmpty() && !awaited.isEmpty()) {
                runtime.createMessageCorrelation(awaited.get(0)).processInstanceBusinessKey(d.code())
                        .setVariable(VAR_FEE_PAID, true).correlate();
                continue;
            }
            if (open.isEmpty()) {
                break;
            }
            tasks.complete(open.get(0).getId(), switch (open.get(0).getTaskDefinitionKey()) {
                case RECEPTION -> Map.of(VAR_RECEPTION_DECISION, ACCEPT);
                case PROCESSING -> Map.of(VAR_PROCESSING_DECISION, PROPOSE, VAR_PROPOSED_RESULT, proposal);
                case APPROVAL -> Map.of(VAR_APPROVAL_DECISION, APPROVE);
                default -> Map.of();
            });
        }

        DocumentType type = DocumentType.resultOf(code);
        IssuedDocument result = documents.forDossier(d.code()).stream().filter(x -> x.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type + " for " + d.code() + "; issued: " + documents.forDossier(d.code())
                        .stream().map(IssuedDocument::type).toList()));
        String text = TestDossiers.pdfText(documents.contentWithProof(result.id(), result.checkCode()).orElseThrow());
        assertThat(text).contains(stated).contains("Lê Đức Thắng", proposal);
    }
}
