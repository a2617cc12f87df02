package vn.motcua.forms.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Số định danh cá nhân: 12 digits {@code PPP G YY NNNNNN}. PPP is "0" and the two-digit code of the
 * province (one of the 63 before 2025) where the birth was registered; G encodes century and gender
 * (1900s: male 0, female 1; 2000s: 2, 3; 2100s: 4, 5; 2200s: 6, 7; 2300s: 8, 9); YY are the last two
 * digits of the year of birth; the last six digits are a sequence. There is no check digit.
 *
 * <p>Never decode PPP with the 34-province codes of 2025: they reuse numbers.
 */
public final class PersonalIdNumber {

    /** A number that passed every check, decoded. */
    public record Decoded(String number, String provinceCode, String provinceName, Gender gender, int birthYear) {
    }

    /** The outcome of a check: the decoded number, or the problems (with the values the messages need). */
    public record Check(Optional<Decoded> decoded, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** One problem and the values its message names ({0}, {1} in the message text). */
    public record Problem(IdNumberProblem kind, List<Object> arguments) {
    }

    private final Map<String, String> formerProvinces;

    /** @param formerProvinces the 63 former provinces: two-digit code → name */
    public PersonalIdNumber(Map<String, String> formerProvinces) {
        this.formerProvinces = Map.copyOf(formerProvinces);
    }

    /** Checks the number alone: digits, length, province, and a plausible century. */
    public Check check(String input) {
        return check(input, null, null);
    }

    /**
     * Checks the number and, when given, its consistency with the date of birth and the gender the
     * person states or the residents database holds.
     */
    public Check check(String input, LocalDate dateOfBirth, Gender gender) {
        List<Problem> problems = new ArrayList<>();
        String number = input == null ? "" : input.strip();
        if (number.isEmpty()) {
            return failed(problems, IdNumberProblem.EMPTY);
        }
        if (!number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return failed(problems, IdNumberProblem.NOT_DIGITS);
        }
        if (number.length() != 12) {
            return failed(problems, IdNumberProblem.LENGTH, number.length());
        }
        String provinceCode = number.substring(1, 3);
        String provinceName = number.charAt(0) == '0' ? formerProvinces.get(provinceCode) : null;
        if (provinceName == null) {
            problems.add(new Problem(IdNumberProblem.PROVINCE, List.of(number.substring(0, 3))));
        }
        int g = number.charAt(3) - '0';
        int century = 1900 + (g / 2) * 100;
        Gender encoded = g % 2 == 0 ? Gender.MALE : Gender.FEMALE;
        int birthYear = century + Integer.parseInt(number.substring(4, 6));
        if (dateOfBirth != null) {
            int year = dateOfBirth.getYear();
            if (year / 100 * 100 != century) {
                problems.add(new Problem(IdNumberProblem.CENTURY, List.of(g, century / 100 + 1, year)));
            } else if (year % 100 != Integer.parseInt(number.substring(4, 6))) {
                problems.add(new Problem(IdNumberProblem.YEAR, List.of(number.substring(4, 6), year)));
            }
        }
        if (gender != null && gender != encoded) {
            problems.add(new Problem(IdNumberProblem.GENDER, List.of(g, encoded.name(), gender.name())));
        }
        Optional<Decoded> decoded = problems.isEmpty()
                ? Optional.of(new Decoded(number, provinceCode, provinceName, encoded, birthYear))
                : Optional.empty();
        return new Check(decoded, List.copyOf(problems));
    }

    private static Check failed(List<Problem> problems, IdNumberProblem kind, Object... arguments) {
        problems.add(new Problem(kind, List.of(arguments)));
        return new Check(Optional.empty(), List.copyOf(problems));
    }
}
