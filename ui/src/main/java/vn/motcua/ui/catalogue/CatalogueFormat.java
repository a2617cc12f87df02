package vn.motcua.ui.catalogue;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import vn.motcua.ui.base.PortalLocales;
import vn.motcua.workflows.catalogue.TimeUnit;

/** How deadlines and fees read on screen, in the viewer's language. */
final class CatalogueFormat {

    private CatalogueFormat() {
    }

    static String deadline(Component c, BigDecimal amount, TimeUnit unit) {
        if (amount == null || unit == null) {
            return c.getTranslation("deadline.unknown");
        }
        return amount.stripTrailingZeros().toPlainString() + " " + c.getTranslation("unit." + unit.name());
    }

    static String fee(Component c, Long feeVnd) {
        if (feeVnd == null) {
            return c.getTranslation("fee.unknown");
        }
        if (feeVnd == 0) {
            return c.getTranslation("fee.free");
        }
        boolean english = PortalLocales.isEnglish(c.getUI().map(ui -> ui.getLocale()).orElse(null));
        NumberFormat format = NumberFormat.getIntegerInstance(english ? Locale.US : Locale.forLanguageTag("vi-VN"));
        return format.format(feeVnd) + (english ? " VND" : " đồng");
    }
}
