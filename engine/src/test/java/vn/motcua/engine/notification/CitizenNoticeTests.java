package vn.motcua.engine.notification;

import vn.motcua.engine.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every lifecycle event a citizen is told about has its text in Vietnamese and in English. */
class CitizenNoticeTests {

    @Test
    void everyNoticeHasAVietnameseAndAnEnglishText() {
        for (CitizenNotice notice : CitizenNotice.values()) {
            String vi = Messages.get(Messages.VIETNAMESE, notice.messageKey(), "ubnd-xa-00004-261128-0001");
            String en = Messages.get(Locale.ENGLISH, notice.messageKey(), "ubnd-xa-00004-261128-0001");
            assertThat(vi).as(notice.name()).contains("ubnd-xa-00004-261128-0001").isNotEqualTo(en);
            assertThat(en).as(notice.name()).contains("ubnd-xa-00004-261128-0001");
        }
    }
}
