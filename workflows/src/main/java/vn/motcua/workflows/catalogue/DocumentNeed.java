package vn.motcua.workflows.catalogue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a listed document must be provided, as its title in the national catalogue says.
 * Project 06's once-only rule: what the state already holds (the residence data in the residents
 * database, the electronic ID) is read there and never asked of the citizen again.
 */
public enum DocumentNeed {
    /** The applicant provides it in every dossier of its case. */
    REQUIRED,
    /**
     * Only in the situation its title names ("nếu có", "Trường hợp …", "Đối với …", when the state
     * cannot find the data) or when someone files on the applicant's behalf (a power of attorney).
     */
    CONDITIONAL,
    /**
     * Information the title says is read from the national databases, or an identity paper
     * (the chip ID card, read through VNeID at login): not asked for.
     */
    HELD_BY_STATE,
    /** The portal's own interactive declaration ("Mẫu … điện tử tương tác"): what the online form itself collects. */
    DECLARED_ONLINE;

    /** Bullets and enumerations before the title's first word: "- ", "+ ", "a) ", "2. ", "(iv) ". */
    private static final Pattern BULLET = Pattern.compile("^[\\s\\-+*•;.]*(?:\\([^)]{1,6}\\)\\s*)?(?:(?:\\d{1,2}|[a-zđ])[.)]\\s*)?");
    private static final Pattern CONDITION_FIRST = Pattern.compile("^(trường hợp|đối với|nếu|khi|riêng|ngoài ra|(bản sao )?(văn bản|giấy) (ủy|uỷ) quyền)\\b.*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CONDITION_INSIDE = Pattern.compile(
            ".*(nếu có|\\(nếu|trong trường hợp|không thể khai thác|không khai thác được|(?<!được )không bắt buộc).*");
    private static final Pattern READ_FROM_DATABASES = Pattern.compile(
            "^thông tin\\b.*\\bđược khai thác (trong|từ|qua)\\b.*(cơ sở dữ liệu|căn cước điện tử|định danh điện tử).*",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern IDENTITY_PAPER = Pattern.compile(
            "^(bản sao )?(hộ chiếu/|hộ chiếu, )?(thẻ căn cước|căn cước công dân|căn cước điện tử|chứng minh nhân dân|giấy tờ tùy thân"
                    + "|giấy tờ tuỳ thân).*");
    private static final Pattern INTERACTIVE_FORM = Pattern.compile("^(mẫu|tờ khai)\\b.{0,40}\\bđiện tử tương tác\\b.*",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Reads the need from a document's title as the catalogue words it. */
    public static DocumentNeed of(String title) {
        String t = BULLET.matcher(title.strip().toLowerCase(Locale.ROOT)).replaceFirst("").replaceAll("\\s+", " ");
        if (INTERACTIVE_FORM.matcher(t).matches()) {
            return DECLARED_ONLINE;
        }
        if (READ_FROM_DATABASES.matcher(t).matches()) {
            return HELD_BY_STATE;
        }
        if (CONDITION_FIRST.matcher(t).matches() || CONDITION_INSIDE.matcher(t).matches()) {
            return CONDITIONAL; // before identity papers: a representative's ID "(nếu có)" is not the applicant's
        }
        if (IDENTITY_PAPER.matcher(t).matches()) {
            return HELD_BY_STATE;
        }
        return REQUIRED;
    }
}
