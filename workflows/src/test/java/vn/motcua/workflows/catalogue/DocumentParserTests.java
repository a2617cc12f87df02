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

    /** Cases as the national portal publishes them (1.004194, 1.010038, 1.002349, 1.000060, 1.008675, 1.014771, 1.003213). */
    @Test
    void templateNamesTheCatalogueGluesToTitlesAreCutWhereTheyBegin() {
        assertThat(split("Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA); đối với người"
                + " chưa thành niên thì ghi rõ ý kiến đồng ý của cha, mẹ;1.MuCT01banhnhkmtheoThngts53.doc")).containsExactly(
                "Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA); đối với người"
                        + " chưa thành niên thì ghi rõ ý kiến đồng ý của cha, mẹ", "1.MuCT01banhnhkmtheoThngts53.doc");
        assertThat(split("Tờ khai thay đổi thông tin cư trú (của từng người) (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA)."
                + "1.MuCT01banhnhkmtheoThngts53 (3).doc")).containsExactly(
                "Tờ khai thay đổi thông tin cư trú (của từng người) (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).",
                "1.MuCT01banhnhkmtheoThngts53 (3).doc");
        assertThat(split("+ Danh sách thuyền viên.MauDanhsachthuyenvien (2).docx"))
                .containsExactly("+ Danh sách thuyền viên.", "MauDanhsachthuyenvien (2).docx");
        assertThat(split("Đơn đề nghị theo Mẫu 04 Phụ lục I Nghị định số 23/2026/NĐ-CPMau04.docx"))
                .containsExactly("Đơn đề nghị theo Mẫu 04 Phụ lục I Nghị định số 23/2026/NĐ-CP", "Mau04.docx");
        assertThat(split("Thỏa thuận trao đổi, tặng choThoa thuan trao doi, tang cho loai NC, quy, hiem.docx"))
                .containsExactly("Thỏa thuận trao đổi, tặng cho", "Thoa thuan trao doi, tang cho loai NC, quy, hiem.docx");
        assertThat(split("Đơn xin nhận con nuôi1.nxinnhnconnui.doc")).containsExactly("Đơn xin nhận con nuôi", "1.nxinnhnconnui.doc");
        assertThat(split("Đơn đề nghị chuyển đổi Giấy phépPhlc8.docx")).containsExactly("Đơn đề nghị chuyển đổi Giấy phép", "Phlc8.docx");
        // several templates one after another, and a code that is not a sentence's end
        assertThat(split("Bản khai (Mẫu số 05A);Mẫu 05A.TT41.doc")).containsExactly("Bản khai (Mẫu số 05A)", "Mẫu 05A.TT41.doc");
        assertThat(split("Giấy tờ chứng minh để được cư trú và làm việc tại Việt NamPhụ lục I - TT54.docxPhụ lục II -TT54.docx"))
                .containsExactly("Giấy tờ chứng minh để được cư trú và làm việc tại Việt Nam", "Phụ lục I - TT54.docx; Phụ lục II -TT54.docx");
    }

    private List<String> split(String cellText) {
        RequiredDocument document = DocumentParser.parse("1.004194", "--" + TABLE + cellText + "1 bản chính", problems).get(0);
        return document.form() == null ? List.of(document.title()) : List.of(document.title(), document.form());
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
