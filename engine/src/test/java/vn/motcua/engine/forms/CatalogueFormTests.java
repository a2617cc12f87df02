package vn.motcua.engine.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.forms.identity.PersonalIdNumber;
import vn.motcua.forms.schema.FieldType;
import vn.motcua.forms.schema.FormField;
import vn.motcua.forms.schema.FormSchema;
import vn.motcua.forms.schema.FormValidator;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.CatalogueEntry.RequiredDocument;

/** A generated form asks for what the catalogue requires, behind the case it belongs to, and never for what the state holds. */
class CatalogueFormTests {

    private static final String ID_CARD = "- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử hoặc giấy tờ khác có dán ảnh";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final CatalogueForm generator = new CatalogueForm(new ObjectMapper());

    private final CatalogueEntry birth = new CatalogueEntry("1.004772", "Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân",
            "Hộ tịch", List.of(), "Ủy ban nhân dân cấp Xã", "Ủy ban nhân dân cấp Xã", List.of(), List.of(), List.of(), null, List.of(
            new RequiredDocument(ID_CARD, null, 1, 0, "* Giấy tờ phải xuất trình:"),
            new RequiredDocument("- Văn bản cam đoan của người yêu cầu về việc chưa được đăng ký khai sinh.", null, 1, 0,
                    "* Giấy tờ phải nộp:"),
            new RequiredDocument("- Bản sao hồ sơ, giấy tờ cá nhân (nếu có)", null, 0, 1, "* Giấy tờ phải nộp:"),
            new RequiredDocument("Bản sao hợp đồng dịch vụ với tổ chức được ủy quyền", null, 1, 0, "Trường hợp ủy quyền thực hiện thủ tục:"),
            new RequiredDocument("Ví dụ: trường hợp giấy tờ đã có bản sao điện tử thì không phải nộp lại.", null, 0, 0, null)),
            List.of(), List.of());

    private FormSchema form() throws Exception {
        return FormSchema.read(generator.json(birth));
    }

    @Test
    void requiredDocumentsAreMarkedConditionalOnesAreNotAndWhatTheStateHoldsIsNotAskedFor() throws Exception {
        FormSchema form = form();
        assertThat(form.fields()).filteredOn(f -> f.type() == FieldType.FILEPICKER)
                .extracting(FormField::label, f -> f.rules().required()).containsExactly(
                        tuple("Văn bản cam đoan của người yêu cầu về việc chưa được đăng ký khai sinh. (1 bản chính)", true),
                        tuple("Bản sao hồ sơ, giấy tờ cá nhân (nếu có) (1 bản sao)", false),
                        tuple("Bản sao hợp đồng dịch vụ với tổ chức được ủy quyền (1 bản chính)", true));
        assertThat(form.fields()).filteredOn(f -> f.type() == FieldType.TEXT).singleElement().satisfies(f -> {
            assertThat(f.label()).startsWith("✓ Hộ chiếu/Thẻ căn cước công dân").endsWith("đã có trong Cơ sở dữ liệu, không cần nộp.");
            assertThat(f.documentsStep()).isTrue();
        });
        assertThat(form.fields()).filteredOn(f -> "noiDungDeNghi".equals(f.key())).singleElement()
                .satisfies(f -> assertThat(f.rules().required()).isTrue());
        assertThat(form.fields()).filteredOn(f -> "truongHop1".equals(f.key())).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FieldType.CHECKBOX);
            assertThat(f.label()).isEqualTo("Hồ sơ thuộc trường hợp ủy quyền thực hiện thủ tục");
        });
    }

    @Test
    void aCasesDocumentsAreAskedForOnlyWhenTheCitizenSaysTheDossierIsInThatCase() throws Exception {
        FormSchema form = form();
        FormValidator validator = new FormValidator(new PersonalIdNumber(Map.of("01", "Thành phố Hà Nội")));
        Map<String, Object> data = new HashMap<>(Map.of("noiDungDeNghi", "Đăng ký khai sinh cho tôi, sinh năm 1990",
                "soDienThoai", "0912345678"));
        assertThat(validator.validate(form, data, VI)).containsOnlyKeys("giayTo1");
        data.put("giayTo1", List.of("6f1d1c3e-9b7a-4c55-8a6b-0d9d5e8c1a01"));
        assertThat(validator.validate(form, data, VI)).isEmpty();
        data.put("truongHop1", true);
        assertThat(validator.validate(form, data, VI)).containsOnlyKeys("giayTo3");
        data.put("noiDungDeNghi", "ngắn");
        assertThat(validator.validate(form, data, VI)).containsKey("noiDungDeNghi");
    }

    /** The shipped catalogue was imported with today's reading of needs (scripts/import-catalogue.sh after a change). */
    @Test
    void theShippedCatalogueCarriesTheNeedsTheImporterReadsToday() throws Exception {
        try (var in = new java.util.zip.GZIPInputStream(CatalogueFormTests.class.getResourceAsStream("/catalogue/catalogue.json.gz"))) {
            var entries = vn.motcua.workflows.catalogue.CatalogueJson.read(in);
            assertThat(entries).hasSize(1084);
            assertThat(entries.stream().flatMap(e -> e.documents().stream())
                    .filter(d -> d.need() != vn.motcua.workflows.catalogue.DocumentNeed.of(d.title())).map(RequiredDocument::title))
                    .as("documents whose stored need differs from the importer's reading").isEmpty();
        }
    }

    @Test
    void caseHeadingsReadAsCases() {
        assertThat(CatalogueForm.isCase("Trường hợp ủy quyền thực hiện thủ tục:")).isTrue();
        assertThat(CatalogueForm.isCase("(1.2) Đối với công trình theo tuyến:")).isTrue();
        assertThat(CatalogueForm.isCase("* Giấy tờ phải nộp:")).isFalse();
        assertThat(CatalogueForm.isCase("Hồ sơ của người nhận con nuôi")).isFalse();
        assertThat(CatalogueForm.caseLabel("* Đăng ký tạm trú theo danh sách, hồ sơ gồm:")).isEqualTo("Đăng ký tạm trú theo danh sách");
    }
}
