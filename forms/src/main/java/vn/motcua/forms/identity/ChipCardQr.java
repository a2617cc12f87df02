package vn.motcua.forms.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The QR code on the chip ID card (Căn cước / Căn cước công dân gắn chip): seven fields separated by
 * {@code |}: personal ID number, old 9-digit ID (may be empty), full name, date of birth
 * {@code ddMMyyyy}, gender ("Nam"/"Nữ"), permanent address, date of issue {@code ddMMyyyy}. Read at
 * the one-stop counter by a scanner (which types the text) or pasted.
 */
public final class ChipCardQr {

    public record Card(String idNumber, String oldIdNumber, String fullName, LocalDate birthDate, Gender gender,
                       String address, LocalDate issueDate) {
    }

    /** The card, or the problems (Vietnamese, one per field) that prevent reading it. */
    public record Reading(Optional<Card> card, List<String> problems) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    private final PersonalIdNumber idNumbers;

    public ChipCardQr(PersonalIdNumber idNumbers) {
        this.idNumbers = idNumbers;
    }

    public Reading read(String text, LocalDate today) {
        List<String> problems = new ArrayList<>();
        String[] f = text == null ? new String[0] : text.strip().split("\\|", -1);
        if (f.length != 7) {
            problems.add("Mã QR phải có 7 trường ngăn cách bởi dấu |, đọc được " + f.length
                    + " (số định danh|số CMND cũ|họ tên|ngày sinh|giới tính|nơi thường trú|ngày cấp)");
            return new Reading(Optional.empty(), problems);
        }
        String idNumber = f[0].strip();
        LocalDate birth = date(f[3], "Ngày sinh", problems);
        LocalDate issued = date(f[6], "Ngày cấp", problems);
        Gender gender = switch (f[4].strip().toLowerCase(Locale.ROOT)) {
            case "nam" -> Gender.MALE;
            case "nữ", "nu" -> Gender.FEMALE;
            default -> {
                problems.add("Giới tính phải là Nam hoặc Nữ, đọc được \"" + f[4].strip() + "\"");
                yield null;
            }
        };
        idNumbers.check(idNumber, birth, gender).problems().forEach(p -> problems.add(
                "Số định danh: " + IdNumberMessages.message(p, Locale.forLanguageTag("vi"))));
        if (!f[1].isBlank() && !f[1].strip().matches("\\d{9}")) {
            problems.add("Số CMND cũ phải có 9 chữ số");
        }
        if (f[2].isBlank() || !f[2].strip().matches("[\\p{L} ]{2,100}")) {
            problems.add("Họ tên không hợp lệ");
        }
        if (f[5].isBlank()) {
            problems.add("Thiếu nơi thường trú");
        }
        if (birth != null && birth.isAfter(today)) {
            problems.add("Ngày sinh sau ngày hôm nay");
        }
        if (issued != null && (issued.isAfter(today) || (birth != null && issued.isBefore(birth)))) {
            problems.add("Ngày cấp không hợp lệ");
        }
        if (!problems.isEmpty()) {
            return new Reading(Optional.empty(), problems);
        }
        return new Reading(Optional.of(new Card(idNumber, f[1].isBlank() ? null : f[1].strip(), f[2].strip(), birth, gender,
                f[5].strip(), issued)), List.of());
    }

    private static LocalDate date(String text, String field, List<String> problems) {
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            problems.add(field + " phải có dạng ngàythángnăm (ddMMyyyy), đọc được \"" + text.strip() + "\"");
            return null;
        }
    }
}
