package vn.motcua.workflows.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.workflows.catalogue.CatalogueEntry.LegalReference;

/**
 * Reads "Căn cứ pháp lý": after the header "Tên văn bản pháp lýMã văn bản", each row is a title run
 * together with its number ("…ngân hàng.94/2025/NĐ-CP"). A number that a space follows is part of a
 * title; one followed by the next title, another number or the end is a row's number.
 */
final class LegalBasisParser {

    static final String FIELD = "can_cu_phap_ly";
    private static final String HEADER = "Tên văn bản pháp lýMã văn bản";
    private static final String NUMBER_BODY = "\\d{1,4}(?:\\.\\d+)?/\\d{4}/";
    /**
     * 94/2025/NĐ-CP, 23/2023/QH15, 09/2023/QĐ-TTg, 78/2025/TT-NHNN. A symbol part is upper case and
     * stops before an upper-case letter that starts a word ("…NĐ-CPThông tư"); trailing digits never
     * eat the next number ("…NĐ-CP135/2015").
     */
    private static final Pattern NUMBER = Pattern.compile(NUMBER_BODY
            + "(?:TTg(?!\\p{L})|(?:[A-ZĐ](?!\\p{Ll}))+)(?:-(?:TTg(?!\\p{L})|(?:[A-ZĐ](?!\\p{Ll}))+))*(?:\\d+(?![\\d/]))?");
    /** A number written twice in a row: the first ends the title, the second is the row's number. */
    private static final Pattern DOUBLED = Pattern.compile("(" + NUMBER_BODY + "[A-ZĐ][A-Za-zĐ\\-]*?\\d*)(?=\\1)");

    /** A number mentioned inside a title, where a space or punctuation shows where its symbol ends. */
    private static final Pattern MENTION = Pattern.compile(
            NUMBER_BODY + "([A-ZĐ](?:[A-ZĐ0-9\\-]|(?<=TT)g)*[A-ZĐ0-9g])(?=[\\s,.;:)])");
    private static final Pattern SYMBOL_RUN = Pattern.compile("[A-Za-zĐđ0-9\\-]+");

    private LegalBasisParser() {
    }

    /**
     * Symbols ("NĐ-CP", "TT-BCA", "QH15") as titles mention them, with a clear end. Collected over
     * the whole catalogue first, they tell where a symbol that runs into the next title ends.
     */
    static Set<String> symbolsMentioned(String cell) {
        Set<String> symbols = new HashSet<>();
        if (cell != null) {
            Matcher m = MENTION.matcher(cell);
            while (m.find()) {
                symbols.add(m.group(1));
            }
        }
        return symbols;
    }

    /** The longest known symbol at the start of what follows the number's "nn/yyyy/" part. */
    private static Optional<String> knownNumber(String body, Matcher single, Set<String> knownSymbols) {
        int symbolStart = body.indexOf('/', body.indexOf('/', single.start()) + 1) + 1;
        Matcher run = SYMBOL_RUN.matcher(body).region(symbolStart, body.length());
        if (!run.lookingAt()) {
            return Optional.empty();
        }
        String candidate = run.group();
        for (int length = candidate.length(); length > 0; length--) {
            String symbol = candidate.substring(0, length);
            boolean splitsDigits = length < candidate.length() && Character.isDigit(candidate.charAt(length))
                    && Character.isDigit(candidate.charAt(length - 1));
            if (knownSymbols.contains(symbol) && !splitsDigits) {
                return Optional.of(body.substring(single.start(), symbolStart + length));
            }
        }
        return Optional.empty();
    }

    static List<LegalReference> parse(String code, String cell, Problems problems) {
        return parse(code, cell, Set.of(), problems);
    }

    static List<LegalReference> parse(String code, String cell, Set<String> knownSymbols, Problems problems) {
        List<LegalReference> references = new ArrayList<>();
        if (cell == null || cell.isBlank() || cell.strip().equals("Không có thông tin")) {
            problems.report(code, FIELD, "no legal basis listed");
            return references;
        }
        String body = cell.startsWith(HEADER) ? cell.substring(HEADER.length()) : cell;
        int titleStart = 0;
        int at = 0;
        while (at < body.length()) {
            Matcher doubled = DOUBLED.matcher(body).region(at, body.length());
            Matcher single = NUMBER.matcher(body).region(at, body.length());
            boolean hasDoubled = doubled.find();
            boolean hasSingle = single.find();
            if (!hasDoubled && !hasSingle) {
                break;
            }
            if (hasDoubled && (!hasSingle || doubled.start() <= single.start())) {
                String number = doubled.group(1);
                add(references, number, body.substring(titleStart, doubled.end()));
                titleStart = doubled.end() + number.length();
                at = titleStart;
                continue;
            }
            String number = knownNumber(body, single, knownSymbols).orElse(single.group());
            int end = single.start() + number.length();
            at = end;
            if (endsRow(body, end)) {
                add(references, number, body.substring(titleStart, single.start()));
                titleStart = end;
            }
        }
        if (references.isEmpty()) {
            problems.report(code, FIELD, "no document number found ('" + ChannelParser.abbreviate(body) + "')");
        } else if (!body.substring(titleStart).isBlank()) {
            problems.report(code, FIELD, "text after the last number: '"
                    + ChannelParser.abbreviate(body.substring(titleStart)) + "'");
        }
        return references;
    }

    /** A number inside a title is followed by a space or punctuation; a row's number by the next row. */
    private static boolean endsRow(String body, int end) {
        return end == body.length()
                || !Character.isWhitespace(body.charAt(end)) && ",.;:)".indexOf(body.charAt(end)) < 0;
    }

    private static void add(List<LegalReference> references, String number, String rawTitle) {
        String title = rawTitle.strip();
        if (title.isEmpty() || title.equals(number)) {
            boolean repeated = !references.isEmpty() && references.get(references.size() - 1).number().equals(number);
            if (!repeated) {
                references.add(new LegalReference(number, null));
            }
            return;
        }
        references.add(new LegalReference(number, title));
    }
}
