package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** One language per message: the one of whoever is served, Vietnamese unless English was asked for. */
class MessagesLanguageTests {

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void vietnameseWithoutARequestOrForALanguageThePortalDoesNotSpeak() {
        assertThat(Messages.text("procedure.unknown", "9.999999")).isEqualTo("Không có thủ tục 9.999999");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(Messages.text("procedure.unknown", "9.999999")).isEqualTo("Không có thủ tục 9.999999");
    }

    @Test
    void englishWhenTheSessionOrTheClientAsksForIt() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en-GB"));
        assertThat(Messages.text("procedure.unknown", "9.999999")).isEqualTo("no such procedure: 9.999999");
    }
}
