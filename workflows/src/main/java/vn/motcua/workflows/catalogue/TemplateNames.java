package vn.motcua.workflows.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template files the national portal glues, one after another, to the end of a required
 * document's title ("Tờ khai … (Mẫu CT01 …);1.MuCT01banhnhkmtheoThngts53.doc"): where they begin,
 * so that the title reads clean and the templates are named apart.
 */
final class TemplateNames {

    /** A title without its template files, and the files' names in order. */
    record Split(String title, List<String> files) {
    }

    /** A template file's extension, where a name ends (the next name may follow without a space). */
    private static final Pattern FILE_END = Pattern.compile(
            "\\.(?:docx|doc|pdf|xlsx|xls|rar|zip|DOCX|DOC|PDF|XLSX|XLS|Docx|Doc|Pdf)(?!\\p{Ll})");

    private TemplateNames() {
    }

    static Split split(String title) {
        Matcher end = FILE_END.matcher(title);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        while (end.find()) {
            starts.add(end.start());
            ends.add(end.end());
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) != title.length()) {
            return new Split(title, List.of());
        }
        int first = firstFileStart(title, starts.get(0));
        if (first <= 0) {
            return new Split(title, List.of());
        }
        List<String> files = new ArrayList<>();
        int from = first;
        for (int e : ends) {
            if (e > from) {
                files.add(title.substring(from, e).replaceFirst("^[\\s;:,.]+", "").strip());
                from = e;
            }
        }
        return new Split(title.substring(0, first).strip(), List.copyOf(files));
    }

    /**
     * Where the first template file name glued to the title begins, scanning back from its
     * extension to the nearest of: the end of a clause (";", ":", ")" or a sentence's full stop);
     * a template word glued to the text before it ("…NĐ-CPMau04.docx", "…NHNN.Phụ lục V.docx");
     * a capital or digit glued to a whole Vietnamese word ("…khoáng sảnMau 01 - Phu luc IIa.docx",
     * "…con nuôi1.nxinnhnconnui.doc", "…tặng choThoa thuan.docx"). The portal strips diacritics
     * from some names and glues their words ("1.MuCT01banhnhkmtheoThngts53.doc" for "Mẫu CT01 ban
     * hành kèm theo Thông tư số 53"): a capital after a run of letters longer than a word, or after
     * the tail of a token, is inside such a name, not its start. -1 when nothing within 160
     * characters marks the start.
     */
    private static int firstFileStart(String title, int extension) {
        for (int i = extension - 1; i >= Math.max(1, extension - 160); i--) {
            char c = title.charAt(i);
            char before = title.charAt(i - 1);
            if (Character.isWhitespace(c)) {
                continue;
            }
            // "…Bộ Công an.NA5.doc", "(Mẫu số 03).Mau03.doc" and "…TT-BNNMT.Quy trình chăn nuôi.docx" end a
            // sentence; "Mẫu 05A.TT41.doc" does not (a capital before the stop, a name without spaces after)
            char stopAfter = i >= 2 ? title.charAt(i - 2) : ' ';
            boolean sentenceEnd = before == '.' && (Character.isLowerCase(stopAfter) || stopAfter == ')'
                    || Character.isLetter(stopAfter) && Character.isUpperCase(c) && title.substring(i, extension).contains(" "));
            if (";:)".indexOf(before) >= 0 || sentenceEnd) {
                return i;
            }
            if ((Character.isLetterOrDigit(before) || before == '.') && TEMPLATE_WORD.matcher(title).region(i, extension).lookingAt()) {
                return i;
            }
            if ((Character.isUpperCase(c) || Character.isDigit(c)) && Character.isLowerCase(before)) {
                String word = wordBefore(title, i);
                if (word != null && (!isAscii(word) || Character.isUpperCase(c) && word.length() <= LONGEST_WORD)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * How the portal's template files are named: "Mẫu số 01", "Mau04", "mẫu số 1", "Phụ lục V",
     * "PL 01", "TK 1.000302", or the procedure's code ("1.000423.docx").
     */
    private static final Pattern TEMPLATE_WORD = Pattern.compile(
            "(?:Mẫu|MẪU|mẫu|Mau|mau|Mus|Phụ lục|phụ lục|Phu luc|Phuluc|Phlc|PHLC|PL |TK |\\d\\.\\d{6}\\b)");

    /** Vietnamese words are short ("nghiêng" has seven letters); a longer run is a name with its spaces stripped. */
    private static final int LONGEST_WORD = 7;

    /** The lower-case word that ends at {@code i}, or null if it is the tail of a longer token ("MuCT", "PhlcII"). */
    private static String wordBefore(String title, int i) {
        int start = i;
        while (start > 0 && Character.isLowerCase(title.charAt(start - 1))) {
            start--;
        }
        boolean whole = start == 0 || Character.isWhitespace(title.charAt(start - 1)) || ";:,.()".indexOf(title.charAt(start - 1)) >= 0;
        return whole ? title.substring(start, i) : null;
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(ch -> ch < 128);
    }

}
