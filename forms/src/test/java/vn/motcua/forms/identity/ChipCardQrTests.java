package vn.motcua.forms.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChipCardQrTests {

    private final ChipCardQr qr = new ChipCardQr(new PersonalIdNumber(Map.of("01", "Hà Nội", "79", "Hồ Chí Minh")));
    private final LocalDate today = LocalDate.of(2026, 11, 27);

    @Test
    void readsTheSevenFieldsOfTheCard() {
        var reading = qr.read("001150100018|012345678|Đỗ Thị Nhàn|12031950|Nữ|Số 3 Phan Đình Phùng, Phường Ba Đình, Thành phố Hà Nội|10072021", today);
        assertThat(reading.problems()).isEmpty();
        var card = reading.card().orElseThrow();
        assertThat(card.idNumber()).isEqualTo("001150100018");
        assertThat(card.oldIdNumber()).isEqualTo("012345678");
        assertThat(card.fullName()).isEqualTo("Đỗ Thị Nhàn");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1950, 3, 12));
        assertThat(card.gender()).isEqualTo(Gender.FEMALE);
        assertThat(card.issueDate()).isEqualTo(LocalDate.of(2021, 7, 10));
        assertThat(qr.read("001150100018||Đỗ Thị Nhàn|12031950|Nữ|Hà Nội|10072021", today).card().orElseThrow().oldIdNumber())
                .isNull();
    }

    @Test
    void saysWhatIsWrongPerField() {
        assertThat(qr.read("001150100018|Đỗ Thị Nhàn|12031950", today).problems()).singleElement().asString().contains("7 trường");
        var reading = qr.read("001150100018|12|Đỗ Thị Nhàn|31021950|Khác|Hà Nội|10072030", today);
        assertThat(reading.card()).isEmpty();
        assertThat(reading.problems()).anySatisfy(p -> assertThat(p).startsWith("Ngày sinh"))
                .anySatisfy(p -> assertThat(p).startsWith("Giới tính"))
                .anySatisfy(p -> assertThat(p).contains("CMND cũ"))
                .anySatisfy(p -> assertThat(p).contains("Ngày cấp"));
        // the ID number contradicts the stated gender (digit 1 = female born in the 1900s)
        assertThat(qr.read("001150100018||Đỗ Thị Nhàn|12031950|Nam|Hà Nội|10072021", today).problems())
                .anySatisfy(p -> assertThat(p).startsWith("Số định danh"));
    }
}
