package vn.motcua.workflows.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.workflows.catalogue.CatalogueEntry.ProcedureResult;

/**
 * Reads "Kết quả xử lý": result titles each followed by "Mã: KQ.Gnn.nnnnnn"; the portal's page
 * chrome that follows ("Từ khóa…", "Chọn cơ quan thực hiện…") is dropped.
 */
final class ResultParser {

    static final String FIELD = "ket_qua_xu_ly";
    private static final Pattern RESULT = Pattern.compile("Mã:\\s*(KQ\\.[A-Z0-9]+\\.\\d+)");
    private static final String[] PAGE_CHROME = {"Từ khóa", "Mô tảKhông có thông tin", "Chọn cơ quan thực hiện"};

    private ResultParser() {
    }

    static List<ProcedureResult> parse(String code, String cell, Problems problems) {
        List<ProcedureResult> results = new ArrayList<>();
        String body = withoutPageChrome(cell == null ? "" : cell);
        Matcher m = RESULT.matcher(body);
        int from = 0;
        while (m.find()) {
            String title = body.substring(from, m.start()).strip();
            results.add(new ProcedureResult(m.group(1), title.isEmpty() ? null : title));
            from = m.end();
        }
        String rest = body.substring(from).strip();
        if (!rest.isEmpty() && !rest.equals("Không có thông tin")) {
            // a result without a code: keep its title so citizens still see what they get
            results.add(new ProcedureResult(null, rest));
            problems.report(code, FIELD, "a result without a KQ code: '" + ChannelParser.abbreviate(rest) + "'");
        }
        if (results.isEmpty()) {
            problems.report(code, FIELD, "no result listed");
        }
        return results;
    }

    private static String withoutPageChrome(String cell) {
        int cut = cell.length();
        for (String marker : PAGE_CHROME) {
            int at = cell.indexOf(marker);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return cell.substring(0, cut);
    }
}
