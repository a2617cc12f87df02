package vn.motcua.forms.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalIdNumberTests {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private final PersonalIdNumber ids = new PersonalIdNumber(Map.of(
            "01", "Thành phố Hà Nội", "48", "Thành phố Đà Nẵng", "79", "Thành phố Hồ Chí Minh"));

    private String message(String number, LocalDate born, Gender gender, Locale locale) {
        var check = ids.check(number, born, gender);
        assertThat(check.valid()).isFalse();
        return IdNumberMessages.message(check.problems().get(0), locale);
    }

    @Test
    void aValidNumberIsDecoded() {
        var check = ids.check("001099012345", LocalDate.of(1999, 5, 1), Gender.MALE);
        assertThat(check.valid()).isTrue();
        assertThat(check.decoded()).hasValue(new PersonalIdNumber.Decoded(
                "001099012345", "01", "Thành phố Hà Nội", Gender.MALE, 1999));
        assertThat(ids.check("079303000001").decoded()).get()
                .satisfies(d -> {
                    assertThat(d.gender()).isEqualTo(Gender.FEMALE);
                    assertThat(d.birthYear()).isEqualTo(2003);
                    assertThat(d.provinceName()).isEqualTo("Thành phố Hồ Chí Minh");
                });
    }

    @Test
    void eachKindOfErrorHasItsOwnPreciseMessage() {
        assertThat(message("  ", null, null, VI)).isEqualTo("Vui lòng nhập số định danh cá nhân.");
        assertThat(message("00109901234A", null, null, VI)).isEqualTo("Số định danh cá nhân chỉ gồm chữ số.");
        assertThat(message("00109901234", null, null, VI))
                .isEqualTo("Số định danh cá nhân phải có đúng 12 chữ số (đang có 11).");
        assertThat(message("099099012345", null, null, VI))
                .isEqualTo("Ba chữ số đầu (099) không phải mã tỉnh nơi đăng ký khai sinh.");
        assertThat(message("001299012345", LocalDate.of(1999, 1, 1), null, VI))
                .isEqualTo("Chữ số thứ tư (2) chỉ người sinh ở thế kỷ 21, nhưng năm sinh là 1999.");
        assertThat(message("001198012345", LocalDate.of(1999, 1, 1), null, VI))
                .isEqualTo("Chữ số thứ năm và sáu (98) phải là hai số cuối của năm sinh 1999.");
        assertThat(message("001099012345", LocalDate.of(1999, 1, 1), Gender.FEMALE, VI))
                .isEqualTo("Chữ số thứ tư (0) chỉ giới tính Nam, nhưng giới tính khai là Nữ.");
    }

    @Test
    void messagesAreAvailableInEnglish() {
        assertThat(message("00109901234", null, null, Locale.ENGLISH))
                .isEqualTo("A personal ID number has exactly 12 digits (this one has 11).");
        assertThat(message("001099012345", LocalDate.of(1999, 1, 1), Gender.FEMALE, Locale.ENGLISH))
                .isEqualTo("The fourth digit (0) stands for male, but the stated gender is female.");
    }

    @Test
    void theFirstThreeDigitsMustBeZeroAndAFormerProvinceCode() {
        // "31" is not in this test's province table; "1" is not the leading zero
        assertThat(ids.check("031099012345").problems()).extracting(PersonalIdNumber.Problem::kind)
                .containsExactly(IdNumberProblem.PROVINCE);
        assertThat(ids.check("101099012345").problems()).extracting(PersonalIdNumber.Problem::kind)
                .containsExactly(IdNumberProblem.PROVINCE);
    }
}
