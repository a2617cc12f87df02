package vn.motcua.workflows.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the national portal's procedure records (one JSON object per line, fields as the portal
 * publishes them) into {@link CatalogueEntry}s. A field that cannot be read becomes a problem of
 * that procedure, never an aborted run.
 */
public final class CatalogueImporter {

    private static final String NO_INFORMATION = "Không có thông tin";
    private final ObjectMapper json = new ObjectMapper();

    /** The entries and the problems of one import. */
    public record Result(List<CatalogueEntry> entries, Problems problems, int lines) {
    }

    /**
     * @throws NotProcedureJsonLinesException when no line of the input is a procedure record
     */
    public Result read(BufferedReader input) throws IOException {
        Problems problems = new Problems();
        List<JsonNode> records = new ArrayList<>();
        Set<String> legalSymbols = new HashSet<>();
        int lineNumber = 0;
        String line;
        while ((line = input.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Optional<JsonNode> record = parseLine(line);
            if (record.isEmpty() || !record.get().hasNonNull("ma_thu_tuc")) {
                problems.report("line " + lineNumber, "record", record.isEmpty()
                        ? "not a JSON object" : "a JSON object without ma_thu_tuc");
                continue;
            }
            records.add(record.get());
            legalSymbols.addAll(LegalBasisParser.symbolsMentioned(text(record.get(), LegalBasisParser.FIELD)));
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        for (JsonNode record : records) {
            entries.add(entry(record, legalSymbols, problems));
        }
        if (entries.isEmpty()) {
            throw new NotProcedureJsonLinesException(lineNumber == 0
                    ? "the input is empty"
                    : "none of its " + lineNumber + " lines is a JSON object with a ma_thu_tuc field");
        }
        return new Result(entries, problems, lineNumber);
    }

    private Optional<JsonNode> parseLine(String line) {
        try {
            JsonNode node = json.readTree(line);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static CatalogueEntry entry(JsonNode r, Set<String> legalSymbols, Problems problems) {
        String code = text(r, "ma_thu_tuc");
        var channels = ChannelParser.parse(code, text(r, ChannelParser.FIELD), problems);
        var results = ResultParser.parse(code, text(r, ResultParser.FIELD), problems);
        String title = text(r, "ten_thu_tuc");
        if (title == null) {
            problems.report(code, "ten_thu_tuc", "no title");
        }
        return new CatalogueEntry(
                code,
                title,
                text(r, "linh_vuc"),
                levels(code, text(r, "cap_thuc_hien"), problems),
                text(r, "co_quan_co_tham_quyen"),
                text(r, "co_quan_thuc_hien"),
                list(text(r, "co_quan_phoi_hop")),
                list(text(r, "doi_tuong_thuc_hien")),
                channels,
                OnlineLevelRule.apply(channels, results),
                DocumentParser.parse(code, text(r, DocumentParser.FIELD), problems),
                LegalBasisParser.parse(code, text(r, LegalBasisParser.FIELD), legalSymbols, problems),
                results);
    }

    private static List<Level> levels(String code, String cell, Problems problems) {
        List<Level> levels = new ArrayList<>();
        for (String label : list(cell)) {
            Level.fromVietnamese(label).ifPresentOrElse(levels::add,
                    () -> problems.report(code, "cap_thuc_hien", "unknown level '" + label + "'"));
        }
        if (levels.isEmpty()) {
            problems.report(code, "cap_thuc_hien", "no level");
        }
        return levels;
    }

    /** A cell's text, or null when empty or "Không có thông tin". */
    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String s = value.asText().strip();
        return s.isEmpty() || s.equals(NO_INFORMATION) ? null : s;
    }

    /** Splits "A, B (x, y), C" on the commas outside parentheses. */
    static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if ((c == ',' || c == ';') && depth == 0) {
                items.add(cell.substring(from, i));
                from = i + 1;
            }
        }
        items.add(cell.substring(from));
        return Arrays.asList(items.stream().map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new));
    }
}
