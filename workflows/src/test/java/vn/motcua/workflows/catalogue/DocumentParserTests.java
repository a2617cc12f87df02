package vn.motcua.workflows.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.workflows.catalogue.CatalogueEntry.RequiredDocument;

class DocumentParserTests {

    private static final String TABLE = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";
    private final Problems problems = new Problems();

    @Test
    void originalsAndCopiesAreCounted() {
        List<RequiredDocument> documents = DocumentParser.parse("1.000001", "--" + TABLE
                + "Tờ khai đăng ký khai sinh1 bản chínhGiấy chứng sinh0 bản chính,1 bản saoẢnh 3x4 cm2 bản chính",
                problems);

        assertThat(documents).containsExactly(
                new RequiredDocument("Tờ khai đăng ký khai sinh", null, 1, 0, null),
                new RequiredDocument("Giấy chứng sinh", null, 0, 1, null),
                new RequiredDocument("Ảnh 3x4 cm", null, 2, 0, null));
        assertThat(problems.count()).isZero();
    }

    @Test
    void caseHeadingsGroupTheDocumentsThatFollowThem() {
        List<RequiredDocument> documents = DocumentParser.parse("1.000002",
                "Trường hợp cấp lần đầu" + TABLE + "Đơn đề nghị1 bản chínhBản sao giấy phép0 bản chính,1 bản sao"
                        + "Trường hợp cấp lại" + TABLE + "Đơn đề nghị cấp lại1 bản chính", problems);

        assertThat(documents).extracting(RequiredDocument::title, RequiredDocument::group).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Đơn đề nghị", "Trường hợp cấp lần đầu"),
                org.assertj.core.groups.Tuple.tuple("Bản sao giấy phép", "Trường hợp cấp lần đầu"),
                org.assertj.core.groups.Tuple.tuple("Đơn đề nghị cấp lại", "Trường hợp cấp lại"));
    }

    @Test
    void aTemplateFileNameIsSeparatedFromTheTitle() {
        RequiredDocument document = DocumentParser.parse("1.000003",
                "--" + TABLE + "Văn bản đề nghị chấp thuậnMau 01 - Phu luc IIa.docx1 bản chính", problems).get(0);
        assertThat(document.title()).isEqualTo("Văn bản đề nghị chấp thuận");
        assertThat(document.form()).isEqualTo("Mau 01 - Phu luc IIa.docx");

        RequiredDocument dotted = DocumentParser.parse("1.000003", "--" + TABLE + "Đơn đề nghị khai thác"
                + "Mau 02 - Phu luc IIa_36.2025.TT-BNNMT_02.7.2025.docx1 bản chính", problems).get(0);
        assertThat(dotted.title()).isEqualTo("Đơn đề nghị khai thác");
        assertThat(dotted.form()).isEqualTo("Mau 02 - Phu luc IIa_36.2025.TT-BNNMT_02.7.2025.docx");

        RequiredDocument afterSentence = DocumentParser.parse("1.000003", "--" + TABLE + "+ 01 tờ khai có xác nhận."
                + "Tờ khai đề nghị cấp thẻ ABTC (mẫu TK06) (1).pdf1 bản chính", problems).get(0);
        assertThat(afterSentence.title()).isEqualTo("+ 01 tờ khai có xác nhận.");
        assertThat(afterSentence.form()).isEqualTo("Tờ khai đề nghị cấp thẻ ABTC (mẫu TK06) (1).pdf");
    }

    @Test
    void aCountInsideASentenceBelongsToTheTitle() {
        List<RequiredDocument> documents = DocumentParser.parse("1.000004", "--" + TABLE
                + "Tờ khai; người khai nộp 02 bản chính tờ khai theo mẫu HQ/2015;1 bản chính", problems);
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Tờ khai; người khai nộp 02 bản chính tờ khai theo mẫu HQ/2015");
            assertThat(d.form()).isNull();
            assertThat(d.originals()).isEqualTo(1);
        });
    }

    @Test
    void aCellWithoutADocumentTableIsReported() {
        assertThat(DocumentParser.parse("1.000005", "Bước 1. Nộp hồ sơ", problems)).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("1.000005");
            assertThat(p.field()).isEqualTo("thanh_phan_ho_so");
        });
    }
}
