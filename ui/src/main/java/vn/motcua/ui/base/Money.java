package vn.motcua.ui.base;

import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in đồng as Vietnamese pages print them: 160.000 đ. */
public final class Money {

    private Money() {
    }

    public static String vnd(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(amount) + " đ";
    }
}
