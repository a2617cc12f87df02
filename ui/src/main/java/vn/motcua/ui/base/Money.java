package vn.motcua.ui.base;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers and amounts in đồng as Vietnamese pages print them: 10.000, 160.000 đ. */
public final class Money {

    private Money() {
    }

    public static String vnd(long amount) {
        return grouped(amount) + " đ";
    }

    /** A number with Vietnamese digit grouping: 10.000. */
    public static String grouped(long number) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(number);
    }
}
