package vn.motcua.engine.catalogue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding for Vietnamese search: decompose (NFD), drop the combining marks, and map đ/Đ to d/D by
 * hand because they do not decompose. "Đăng ký thường trú" and "dang ky thuong tru" fold alike.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9.]+");

    private VietnameseText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** Folded words; dots stay inside words so procedure codes ("1.004222") remain one token. */
    public static List<String> words(String text) {
        return Arrays.stream(NOT_WORD.split(fold(text)))
                .map(w -> w.replaceAll("^\\.+|\\.+$", ""))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
