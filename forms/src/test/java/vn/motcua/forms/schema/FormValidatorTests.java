package vn.motcua.forms.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.forms.identity.PersonalIdNumber;

/** Server-side validation of the birth-registration form (the flagship's form-js file). */
class FormValidatorTests {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static FormSchema birth;
    private static FormValidator validator;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("..", "workflows", "src", "main", "resources", "forms", "1.001193.form"))) {
            birth = FormSchema.read(in);
        }
        validator = new FormValidator(new PersonalIdNumber(Map.of("01", "Thành phố Hà Nội", "79", "Thành phố Hồ Chí Minh")));
    }

    private static Map<String, Object> valid() {
        Map<String, Object> data = new HashMap<>();
        data.put("tenTre", "Nguyễn Minh Khôi");
        data.put("gioiTinh", "MALE");
        data.put("ngaySinh", "2026-11-20");
        data.put("noiSinh", "Bệnh viện Phụ sản Hà Nội");
        data.put("danToc", "Kinh");
        data.put("quocTich", "Việt Nam");
        data.put("soDinhDanhCha", "001092100001");
        data.put("soDinhDanhMe", "001194100002");
        data.put("coGiayChungSinh", "yes");
        data.put("giayChungSinh", List.of("0b178de5-0f1c-4a55-9d7e-3c1f2a4b5c6d"));
        data.put("soDienThoai", "0912345678");
        return data;
    }

    @Test
    void theFlagshipFormIsReadWithItsRulesAndConditions() {
        assertThat(birth.id()).isEqualTo("tthc_1_001193_form");
        assertThat(birth.valueFields()).extracting(FormField::key).contains("tenTre", "giayChungSinh", "vanBanLamChung");
        FormField certificate = birth.valueFields().stream().filter(f -> f.key().equals("giayChungSinh")).findFirst().orElseThrow();
        assertThat(certificate.type()).isEqualTo(FieldType.FILEPICKER);
        assertThat(certificate.hideWhen()).isEqualTo(new FormField.HideWhen("coGiayChungSinh", "yes", false));
    }

    @Test
    void aCompleteFormPasses() {
        assertThat(validator.validate(birth, valid(), VI)).isEmpty();
    }

    @Test
    void eachRuleGivesItsOwnFieldMessageInVietnameseAndEnglish() {
        Map<String, Object> data = valid();
        data.remove("tenTre");
        data.put("gioiTinh", "OTHER");
        data.put("ngaySinh", LocalDate.now().plusDays(3).toString());
        data.put("noiSinh", "x".repeat(201));
        data.put("soDinhDanhMe", "00119410000");
        data.put("soDienThoai", "12345");
        data.put("email", "not-an-email");
        data.put("hacker", "1");
        Map<String, String> errors = validator.validate(birth, data, VI);
        assertThat(errors).containsEntry("tenTre", "Vui lòng nhập thông tin này.")
                .containsEntry("gioiTinh", "Vui lòng chọn một giá trị trong danh sách.")
                .containsEntry("ngaySinh", "Ngày không được ở tương lai.")
                .containsEntry("noiSinh", "Tối đa 200 ký tự.")
                .containsEntry("soDinhDanhMe", "Số định danh cá nhân phải có đúng 12 chữ số (đang có 11).")
                .containsEntry("soDienThoai", "Số điện thoại di động không hợp lệ (ví dụ 0912345678).")
                .containsEntry("email", "Địa chỉ thư điện tử không hợp lệ.")
                .containsEntry("hacker", "Biểu mẫu không có trường này.");
        assertThat(validator.validate(birth, data, Locale.ENGLISH)).containsEntry("tenTre", "Please fill this in.");

        Map<String, Object> badName = valid();
        badName.put("tenTre", "Khôi 2");
        assertThat(validator.validate(birth, badName, VI)).containsOnlyKeys("tenTre");
    }

    @Test
    void hiddenFieldsAreNeitherRequiredNorChecked() {
        Map<String, Object> witness = valid();
        witness.put("coGiayChungSinh", "no");
        witness.remove("giayChungSinh");
        assertThat(validator.validate(birth, witness, VI)).containsOnlyKeys("vanBanLamChung");
        witness.put("vanBanLamChung", List.of("5d1f0c2e-7a44-4c1b-8e2f-9a0b1c2d3e4f"));
        assertThat(validator.validate(birth, witness, VI)).isEmpty();
    }

    @Test
    void valuesOfTheWrongShapeAreRefusedFieldByField() {
        Map<String, Object> data = valid();
        data.put("giayChungSinh", "../../etc/passwd");
        data.put("tenTre", Map.of("first", "Khôi"));
        data.put("noiSinh", List.of("a", "b"));
        Map<String, String> errors = validator.validate(birth, data, Locale.ENGLISH);
        assertThat(errors).containsEntry("giayChungSinh", "A file field takes a list of uploaded file ids.")
                .containsEntry("tenTre", "This field takes text, not a list or an object.")
                .containsEntry("noiSinh", "This field takes text, not a list or an object.");
        data = valid();
        data.put("giayChungSinh", List.of("0b178de5-0f1c-4a55-9d7e-3c1f2a4b5c6d", "C:\\file.pdf"));
        assertThat(validator.validate(birth, data, VI)).containsKey("giayChungSinh");
    }

    @Test
    void theFormDeclaresWhichFieldsReachTheProcessAndUnderWhatName() {
        assertThat(birth.suppliedVariables()).containsExactlyInAnyOrder(ProcessVariable.FATHER_ID_NUMBER,
                ProcessVariable.MOTHER_ID_NUMBER);
        Map<String, Object> data = valid();
        data.put("soDinhDanhCha", " 001092100001 ");
        assertThat(birth.processVariables(data)).containsExactly(Map.entry("fatherIdNumber", "001092100001"),
                Map.entry("motherIdNumber", "001194100002"));
        data.remove("soDinhDanhCha");
        assertThat(birth.processVariables(data)).containsOnlyKeys("motherIdNumber");
    }

    @Test
    void anUnknownProcessVariableIsRefusedWhenTheFormIsRead() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormSchema.of(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree("{\"id\":\"f\",\"components\":[{\"type\":\"textfield\",\"key\":\"x\","
                                + "\"properties\":{\"processVariable\":\"fathersId\"}}]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x").hasMessageContaining("fathersId");
    }

    /** Bad input a clerk sees daily, on the vehicle form: each on its field, in Vietnamese. */
    @Test
    void numberPlatesFrameNumbersAndRequiredConsentsAreChecked() throws Exception {
        FormSchema vehicle;
        try (InputStream in = Files.newInputStream(Path.of("..", "workflows", "src", "main", "resources", "forms", "1.013079.form"))) {
            vehicle = FormSchema.read(in);
        }
        Map<String, Object> data = new HashMap<>(Map.of("bienSo", "30A-123.45", "loaiXe", "O_TO", "nhanHieu", "VinFast VF5",
                "soKhung", "RLLV5A1B2C3D45678", "soMay", "VF5-00012345", "lyDo", "HONG", "nhanKetQua", "BUU_CHINH",
                "chungNhanCu", List.of("0b178de5-0f1c-4a55-9d7e-3c1f2a4b5c6d"), "soDienThoai", "0912345678"));
        assertThat(validator.validate(vehicle, data, VI)).isEmpty();
        for (String plate : List.of("29B1-234.56", "51F-1234", "30a-123.45")) {
            data.put("bienSo", plate);
            assertThat(validator.validate(vehicle, data, VI)).as(plate).isEmpty();
        }
        for (String plate : List.of("30-123.45", "00A-123.45", "30A-12345.6", "30A123.45", "ABC")) {
            data.put("bienSo", plate);
            assertThat(validator.validate(vehicle, data, VI)).as(plate)
                    .containsEntry("bienSo", "Biển số xe không đúng định dạng (ví dụ 30A-123.45 hoặc 29B1-234.56).");
        }
        data.put("bienSo", "30A-123.45");
        data.put("soKhung", "RLLV5A1B2C3D4567O"); // the letter O is never in a VIN
        assertThat(validator.validate(vehicle, data, VI)).containsOnlyKeys("soKhung");
    }

    @Test
    void aRequiredCheckboxMustBeTicked() throws Exception {
        FormSchema residence;
        try (InputStream in = Files.newInputStream(Path.of("..", "workflows", "src", "main", "resources", "forms", "1.004194.form"))) {
            residence = FormSchema.read(in);
        }
        Map<String, Object> rented = new HashMap<>(Map.of("phuongXaTamTru", "00004", "diaChiTamTru", "Số 1 phố Huế", "thoiHanTamTru", 12,
                "truongHop", "RENTED", "soDinhDanhChuSoHuu", "001092100001", "quanHeVoiChuHo", "Người thuê nhà",
                "chuSoHuuDongY", false, "vanBanChoThue", List.of("0b178de5-0f1c-4a55-9d7e-3c1f2a4b5c6d"), "soDienThoai", "0912345678"));
        // (the ward list is filled in by the engine from the shipped units; here the select has no options)
        assertThat(validator.validate(residence, rented, VI)).containsKey("chuSoHuuDongY");
        rented.put("chuSoHuuDongY", true);
        assertThat(validator.validate(residence, rented, VI)).doesNotContainKey("chuSoHuuDongY");
        // the consent belongs to the rented-home case: one's own home asks for none
        rented.put("truongHop", "OWN");
        rented.put("chuSoHuuDongY", false);
        assertThat(validator.validate(residence, rented, VI)).doesNotContainKeys("chuSoHuuDongY", "soDinhDanhChuSoHuu");
    }

    @Test
    void invisibleAndControlCharactersInTextAreRefusedWithAFieldMessage() {
        for (String hidden : List.of("Nguyễn \u202EKhôi", "Nguyễn\u200BKhôi", "Nguyễn\u0007Khôi", "Nguyễn\tKhôi", "Nguyễn\uE000Khôi")) {
            Map<String, Object> data = valid();
            data.put("tenTre", hidden);
            assertThat(validator.validate(birth, data, VI)).as(hidden.codePoints().mapToObj(Integer::toHexString).toList().toString())
                    .containsOnly(Map.entry("tenTre", "Có ký tự điều khiển hoặc ký tự ẩn không in được; hãy gõ lại."));
            assertThat(validator.validate(birth, data, Locale.ENGLISH)).containsOnly(
                    Map.entry("tenTre", "Contains control or invisible characters that cannot be printed; please retype it."));
        }
    }

    @Test
    void vietnameseWrittenWithCombiningMarksAndLineBreaksInATextAreaArePrintable() {
        Map<String, Object> data = valid();
        data.put("tenTre", "Nguye\u0302\u0303n Minh Kho\u0302\u0301i");
        assertThat(validator.validate(birth, data, VI)).isEmpty();
        assertThat(FormValidator.printable("Số 8 ngõ 12\nphố Kim Mã\r\n\tHà Nội", true)).isTrue();
        assertThat(FormValidator.printable("Số 8 ngõ 12\nphố Kim Mã", false)).isFalse();
    }
}
