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
        TemplateNames.Split split = TemplateNames.split(text.replaceAll("[;\\t]+$", "").strip());
        return new RequiredDocument(split.title().replaceAll("[;,]$", "").strip(),
                split.files().isEmpty() ? null : String.join("; ", split.files()), originals, copies, group);
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
