package vn.motcua.workflows.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.workflows.catalogue.CatalogueEntry.Channel;
import vn.motcua.workflows.catalogue.CatalogueEntry.ProcessingTime;

/**
 * Reads the portal's flattened "Cách thức thực hiện" table: a header, then per channel its kind,
 * processing time, fee, an optional fee remark in parentheses and a free description, all run
 * together ("Trực tuyến5 Ngày làm việc50 VNĐ(hồ sơ)Trực tiếp…").
 */
final class ChannelParser {

    static final String FIELD = "cach_thuc_thuc_hien";
    private static final String HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả";
    private static final String NO_INFORMATION = "Không có thông tin";
    private static final String FREE = "Miễn phí";
    /** A channel name starts a new channel only where a time or fee follows, not inside a description. */
    private static final Pattern CHANNEL_START = Pattern.compile(
            "(Trực tuyến|Trực tiếp|Dịch vụ bưu chính)(?=\\s*(?:\\d|Không có thông tin|Miễn phí|Không quy định))");
    private static final Pattern LEADING_CHANNEL = Pattern.compile("^(Trực tuyến|Trực tiếp|Dịch vụ bưu chính)");
    private static final String CURRENCY = "(Việt Nam Đồng|VNĐ|VND|đồng|Đồng|USD)";
    private static final Pattern AMOUNT_FEE = Pattern.compile("^\\s*([\\d.,]+)?\\s*" + CURRENCY);
    private static final Pattern TIME = Pattern.compile(
            "^\\s*(\\d+(?:[.,]\\d+)?)\\s*(Ngày làm việc|Ngày|Giờ|Tháng)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEE_ANYWHERE = Pattern.compile(
            "Miễn phí|Không có thông tin|[\\d.,]+\\s*" + CURRENCY);

    private ChannelParser() {
    }

    static List<Channel> parse(String code, String cell, Problems problems) {
        List<Channel> channels = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            problems.report(code, FIELD, "empty: no submission channel");
            return channels;
        }
        String body = cell.startsWith(HEADER) ? cell.substring(HEADER.length()) : cell;
        List<int[]> starts = channelStarts(body);
        if (starts.isEmpty()) {
            problems.report(code, FIELD, "no channel (Trực tuyến / Trực tiếp / Dịch vụ bưu chính) found");
            return channels;
        }
        for (int i = 0; i < starts.size(); i++) {
            int[] start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : body.length();
            ChannelKind kind = ChannelKind.fromVietnamese(body.substring(start[0], start[1]));
            channels.add(parseChannel(code, kind, body.substring(start[1], end), problems));
        }
        return channels;
    }

    private static List<int[]> channelStarts(String body) {
        List<int[]> starts = new ArrayList<>();
        Matcher leading = LEADING_CHANNEL.matcher(body);
        if (leading.find()) {
            starts.add(new int[] {leading.start(), leading.end()});
        }
        Matcher m = CHANNEL_START.matcher(body);
        while (m.find()) {
            if (starts.isEmpty() || m.start() > starts.get(starts.size() - 1)[0]) {
                starts.add(new int[] {m.start(), m.end()});
            }
        }
        return starts;
    }

    private static Channel parseChannel(String code, ChannelKind kind, String segment, Problems problems) {
        String rest = segment;
        ProcessingTime time = null;
        if (!AMOUNT_FEE.matcher(rest).find()) {
            if (rest.startsWith(NO_INFORMATION)) {
                rest = rest.substring(NO_INFORMATION.length());
            } else {
                Matcher t = TIME.matcher(rest);
                if (t.find()) {
                    time = new ProcessingTime(new BigDecimal(t.group(1).replace(',', '.')), unit(t.group(2)));
                    if (t.group(2) == null) {
                        problems.report(code, FIELD, kind + ": time '" + t.group(1)
                                + "' has no unit; read as working days (the legal default)");
                    }
                    rest = rest.substring(t.end());
                } else {
                    Matcher fee = FEE_ANYWHERE.matcher(rest);
                    int cut = fee.find() ? fee.start() : rest.length();
                    problems.report(code, FIELD, kind + ": no processing time stated ('"
                            + abbreviate(rest.substring(0, cut)) + "')");
                    rest = rest.substring(cut);
                }
            }
        } else {
            problems.report(code, FIELD, kind + ": no processing time stated");
        }
        return withFee(code, kind, time, rest, problems);
    }

    private static Channel withFee(String code, ChannelKind kind, ProcessingTime time, String rest, Problems problems) {
        Long feeVnd = null;
        String stated = null;
        if (rest.startsWith(FREE)) {
            feeVnd = 0L;
            rest = rest.substring(FREE.length());
        } else if (rest.startsWith(NO_INFORMATION)) {
            rest = rest.substring(NO_INFORMATION.length());
        } else {
            Matcher fee = AMOUNT_FEE.matcher(rest);
            if (fee.find()) {
                String amount = fee.group(1);
                String currency = fee.group(2);
                if (currency.equals("USD")) {
                    stated = amount + " USD";
                    problems.report(code, FIELD, kind + ": fee stated in USD (" + amount + "), not in VND");
                } else if (amount == null) {
                    problems.report(code, FIELD, kind + ": fee currency without an amount");
                } else {
                    feeVnd = vnd(amount).orElse(null);
                    if (feeVnd == null) {
                        stated = amount + " " + currency;
                        problems.report(code, FIELD, kind + ": fee amount '" + amount + "' is not a number");
                    }
                }
                rest = rest.substring(fee.end());
            } else {
                problems.report(code, FIELD, kind + ": fee not understood ('" + abbreviate(rest) + "')");
            }
        }
        String remark = Parentheses.leading(rest).orElse(null);
        return new Channel(kind, time, feeVnd, join(stated, remark));
    }

    /** "120,000", "150.000", "50": thousands separators of either kind; VND has no decimals. */
    static Optional<Long> vnd(String amount) {
        if (amount.matches("\\d+")) {
            return Optional.of(Long.parseLong(amount));
        }
        if (amount.matches("\\d{1,3}([.,]\\d{3})+")) {
            return Optional.of(Long.parseLong(amount.replaceAll("[.,]", "")));
        }
        return Optional.empty();
    }

    private static TimeUnit unit(String label) {
        if (label == null) {
            return TimeUnit.WORKING_DAYS;
        }
        for (TimeUnit unit : TimeUnit.values()) {
            if (unit.vietnamese().equalsIgnoreCase(label)) {
                return unit;
            }
        }
        throw new IllegalArgumentException(label);
    }

    private static String join(String stated, String remark) {
        if (stated == null) {
            return remark;
        }
        return remark == null ? stated : stated + " — " + remark;
    }

    static String abbreviate(String text) {
        String t = text.strip();
        return t.length() <= 60 ? t : t.substring(0, 60) + "…";
    }
}
