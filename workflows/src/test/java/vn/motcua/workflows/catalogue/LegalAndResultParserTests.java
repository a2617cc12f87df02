package vn.motcua.workflows.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.workflows.catalogue.CatalogueEntry.LegalReference;
import vn.motcua.workflows.catalogue.CatalogueEntry.ProcedureResult;

class LegalAndResultParserTests {

    private static final String LEGAL = "Tên văn bản pháp lýMã văn bản";
    private final Problems problems = new Problems();

    @Test
    void eachLegalRowIsATitleAndItsNumber() {
        var rows = LegalBasisParser.parse("1.000001", LEGAL
                + "Nghị định số 94/2025/NĐ-CP ngày 29 tháng 4 năm 2025 của Chính phủ.94/2025/NĐ-CP"
                + "Luật Hộ tịch60/2014/QH13Quyết định về thẻ ABTC09/2023/QĐ-TTg", problems);
        assertThat(rows).containsExactly(
                new LegalReference("94/2025/NĐ-CP", "Nghị định số 94/2025/NĐ-CP ngày 29 tháng 4 năm 2025 của Chính phủ."),
                new LegalReference("60/2014/QH13", "Luật Hộ tịch"),
                new LegalReference("09/2023/QĐ-TTg", "Quyết định về thẻ ABTC"));
    }

    @Test
    void aNumberWrittenTwiceEndsItsTitleOnce() {
        var rows = LegalBasisParser.parse("1.000002", LEGAL + "Nghị định 135/2015/NĐ-CP135/2015/NĐ-CPThông tư về ngoại hối"
                + "78/2025/TT-NHNN", problems);
        assertThat(rows).containsExactly(
                new LegalReference("135/2015/NĐ-CP", "Nghị định 135/2015/NĐ-CP"),
                new LegalReference("78/2025/TT-NHNN", "Thông tư về ngoại hối"));
    }

    @Test
    void symbolsMentionedElsewhereTellWhereARunTogetherSymbolEnds() {
        String cell = LEGAL + "Thông tư 53/2025/TT-BCA sửa đổi53/2025/TT-BCAngày 01/7/2025 về cư trú55/2021/TT-BCA";
        var rows = LegalBasisParser.parse("1.000003", cell, LegalBasisParser.symbolsMentioned(cell), problems);
        assertThat(rows).extracting(LegalReference::number).containsExactly("53/2025/TT-BCA", "55/2021/TT-BCA");
        assertThat(LegalBasisParser.symbolsMentioned(cell)).isEqualTo(Set.of("TT-BCA"));
    }

    @Test
    void resultsCarryTheirNationalCodesAndThePageChromeIsDropped() {
        var results = ResultParser.parse("1.000004", "Trích lục khai sinhMã: KQ.G01.000064"
                + "Văn bản từ chốiMã: KQ.G01.000065Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan", problems);
        assertThat(results).containsExactly(
                new ProcedureResult("KQ.G01.000064", "Trích lục khai sinh"),
                new ProcedureResult("KQ.G01.000065", "Văn bản từ chối"));
        assertThat(problems.count()).isZero();
    }
}
