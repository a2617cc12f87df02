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
    private static final Pattern FILE_SUFFIX = Pattern.compile("\\.(?:docx?|pdf|xlsx?|rar|zip)\\s*$", Pattern.CASE_INSENSITIVE);

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
            documents.add(document(text, originals, copies, heading));
        }
        if (!any) {
            problems.report(code, FIELD, "a document section without counts"
                    + (heading == null ? "" : " ('" + ChannelParser.abbreviate(heading) + "')"));
        }
        return group(section.substring(from));
    }

    private static RequiredDocument document(String text, int originals, int copies, String group) {
        String title = text.replaceAll("[;\\t]+$", "").strip();
        String form = null;
        int fileStart = templateFileStart(title);
        if (fileStart > 0) {
            form = title.substring(fileStart).strip();
            title = title.substring(0, fileStart).strip();
        }
        return new RequiredDocument(title.replaceAll("[;,]$", "").strip(), form, originals, copies, group);
    }

    /**
     * Where a template file name that ends the title begins: the last place where a capital letter
     * follows a lower-case letter, closing punctuation, or a sentence's full stop ("…khoáng sảnMau
     * 01 - Phu luc IIa_36.2025.TT-BNNMT.docx" starts at "Mau"; "2025.TT" is not a sentence end).
     * -1 when the title does not end in a file name.
     */
    private static int templateFileStart(String title) {
        Matcher suffix = FILE_SUFFIX.matcher(title);
        if (!suffix.find()) {
            return -1;
        }
        for (int i = suffix.start() - 1; i >= Math.max(1, suffix.start() - 160); i--) {
            char c = title.charAt(i);
            char before = title.charAt(i - 1);
            boolean sentenceEnd = before == '.' && i >= 2 && Character.isLetter(title.charAt(i - 2));
            if (Character.isUpperCase(c) && (Character.isLowerCase(before) || ";:)".indexOf(before) >= 0 || sentenceEnd)) {
                return i;
            }
        }
        return -1;
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
