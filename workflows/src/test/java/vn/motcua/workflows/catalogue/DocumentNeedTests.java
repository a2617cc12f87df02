package vn.motcua.workflows.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a listed document's title says about whether the citizen must provide it (titles from the catalogue). */
class DocumentNeedTests {

    @Test
    void informationTheNationalDatabasesHoldIsNotAskedFor() {
        assertThat(DocumentNeed.of("Thông tin chứng minh về chỗ ở hợp pháp được khai thác trong căn cước điện tử, tài khoản định"
                + " danh điện tử trên hệ thống định danh và xác thực điện tử qua Ứng dụng định danh quốc gia hoặc trong Cơ sở dữ"
                + " liệu quốc gia về dân cư")).isEqualTo(DocumentNeed.HELD_BY_STATE);
        assertThat(DocumentNeed.of("- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các"
                + " giấy tờ khác có dán ảnh")).isEqualTo(DocumentNeed.HELD_BY_STATE);
        assertThat(DocumentNeed.of("- Mẫu hộ tịch điện tử tương tác đăng ký khai sinh (do người yêu cầu cung cấp thông tin theo hướng"
                + " dẫn trên Cổng dịch vụ công)")).isEqualTo(DocumentNeed.DECLARED_ONLINE);
    }

    @Test
    void documentsNeededOnlyInASituationAreConditional() {
        assertThat(DocumentNeed.of("- Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch"
                + " không thể khai thác được thông tin về nơi cư trú của công dân")).isEqualTo(DocumentNeed.CONDITIONAL);
        assertThat(DocumentNeed.of("Đối với Quân đội nhân dân: Giấy giới thiệu đăng ký tạm trú của đơn vị cấp trung đoàn"))
                .isEqualTo(DocumentNeed.CONDITIONAL);
        assertThat(DocumentNeed.of("+ Trường hợp không có văn bản nêu trên thì phải có văn bản cam đoan")).isEqualTo(DocumentNeed.CONDITIONAL);
        assertThat(DocumentNeed.of("b) Bản sao giấy tờ tùy thân của người đại diện (nếu có)")).isEqualTo(DocumentNeed.CONDITIONAL);
        assertThat(DocumentNeed.of("(iv) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính thực hiện thủ tục"))
                .isEqualTo(DocumentNeed.CONDITIONAL);
        assertThat(DocumentNeed.of("Văn bản ủy quyền yêu cầu cấp Phiếu Lý lịch tư pháp số 1")).isEqualTo(DocumentNeed.CONDITIONAL);
        // a word that merely begins like a condition is not one
        assertThat(DocumentNeed.of("Khiếu nại bằng văn bản")).isEqualTo(DocumentNeed.REQUIRED);
    }

    @Test
    void everythingElseIsRequired() {
        assertThat(DocumentNeed.of("Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA)"))
                .isEqualTo(DocumentNeed.REQUIRED);
        assertThat(DocumentNeed.of("2. Giấy chứng sinh")).isEqualTo(DocumentNeed.REQUIRED);
    }
}
