package vn.motcua.workflows.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.workflows.catalogue.CatalogueEntry.RequiredDocument;

/**
 * Reads the flattened "Thành phần hồ sơ" table. Each case ("Trường hợp …") is a heading followed by
 * the column header "Tên giấy tờMẫu đơn, tờ khaiSố lượng" and its documents; each document is its
 * title, an optional template file name, and its count ("1 bản chính", "0 bản chính,1 bản sao").
 * Text after a case's last count is the next case's heading.
 */
final class DocumentParser {

    static final String FIELD = "thanh_phan_ho_so";
    private static final String TABLE_HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";
    private static final Pattern COUNT = Pattern.compile(
            "(\\d+)\\s*bản chính(?:\\s*,\\s*(\\d+)\\s*bản sao)?|(\\d+)\\s*bản sao");
    /** What a title still holds after its template names were cut off, if one was not recognised. */
    private static final Pattern GLUED_NAME_LEFT = Pattern.compile("\\.(?:docx?|pdf|xlsx?)\\b|[A-Za-z0-9.]{14,}$");
    /** A template file's extension, where a name ends (the next name may follow without a space). */
    private static final Pattern FILE_END = Pattern.compile(
            "\\.(?:docx|doc|pdf|xlsx|xls|rar|zip|DOCX|DOC|PDF|XLSX|XLS|Docx|Doc|Pdf)(?!\\p{Ll})");

    private DocumentParser() {
    }

    static List<RequiredDocument> parse(String code, String cell, Problems problems) {
        List<RequiredDocument> documents = new ArrayList<>();
        if (cell == null || cell.isBlank() || cell.strip().equals("Không có thông tin")) {
            problems.report(code, FIELD, "no required documents listed");
            return documents;
        }
        String[] sections = cell.split(Pattern.quote(TABLE_HEADER), -1);
        if (sections.length < 2) {
            problems.report(code, FIELD, "no document table (column header missing)");
            return documents;
        }
        String heading = group(sections[0]);
        for (int s = 1; s < sections.length; s++) {
            heading = readSection(code, sections[s], heading, documents, problems);
        }
        return documents;
    }

    /** Reads one section's documents and returns the heading of the next section. */
    private static String readSection(String code, String section, String heading,
                                      List<RequiredDocument> documents, Problems problems) {
        Matcher count = COUNT.matcher(section);
        int from = 0;
        boolean any = false;
        while (count.find()) {
            if (insideTitle(section, count.end())) {
                continue; // "… nộp 02 bản chính tờ khai …" is part of a title, not its count
            }
            String text = section.substring(from, count.start()).strip();
            from = count.end();
            if (text.isEmpty()) {
                continue; // a second count for the same document ("1 bản chính" twice)
            }
            any = true;
            int originals = count.group(3) != null ? 0 : Integer.parseInt(count.group(1));
            int copies = count.group(3) != null ? Integer.parseInt(count.group(3))
                    : count.group(2) != null ? Integer.parseInt(count.group(2)) : 0;
            RequiredDocument document = document(text, originals, copies, heading);
            if (GLUED_NAME_LEFT.matcher(document.title()).find()) {
                problems.report(code, FIELD, "a template file name may be left in a title: '…"
                        + document.title().substring(Math.max(0, document.title().length() - 60)) + "'");
            }
            documents.add(document);
        }
        if (!any) {
            problems.report(code, FIELD, "a document section without counts"
                    + (heading == null ? "" : " ('" + ChannelParser.abbreviate(heading) + "')"));
        }
        return group(section.substring(from));
    }

    private static RequiredDocument document(String text, int originals, int copies, String group) {
        String title = text.replaceAll("[;\\t]+$", "").strip();
        List<String> files = new ArrayList<>();
        Matcher end = FILE_END.matcher(title);
        List<Integer> ends = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        while (end.find()) {
            starts.add(end.start());
            ends.add(end.end());
        }
        if (!ends.isEmpty() && ends.get(ends.size() - 1) == title.length()) {
            // the portal glues its template files, one after another, to the end of the title
            int first = firstFileStart(title, starts.get(0));
            if (first > 0) {
                int from = first;
                for (int e : ends) {
                    if (e > from) {
                        files.add(title.substring(from, e).replaceFirst("^[\\s;:,.]+", "").strip());
                        from = e;
                    }
                }
                title = title.substring(0, first).strip();
            }
        }
        return new RequiredDocument(title.replaceAll("[;,]$", "").strip(),
                files.isEmpty() ? null : String.join("; ", files), originals, copies, group);
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

    /** A real count runs straight into the next title; one inside a sentence is followed by a space and a word. */
    private static boolean insideTitle(String section, int end) {
        return end < section.length() - 1 && section.charAt(end) == ' '
                && Character.isLowerCase(section.charAt(end + 1));
    }

    /** "--" and blanks mean "no case heading". */
    private static String group(String heading) {
        String h = heading.strip();
        return h.isEmpty() || h.matches("-+") ? null : h;
    }
}
