package vn.motcua.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ModelerTextsTests {

    private static final String MODELER = "/META-INF/resources/vendor/camunda-bpmn-js/5.35.0/camunda-platform-modeler.production.min.js";
    /** Made by the properties panel from the element's BPMN type ("bpmn:UserTask" → "User Task"), not written in it. */
    private static final Set<String> TYPE_LABELS = Set.of("Start Event", "End Event", "User Task", "Service Task",
            "Exclusive Gateway", "Event Based Gateway", "Sequence Flow", "Expanded Sub Process",
            "Timer Intermediate Catch Event", "Message Intermediate Catch Event", "Timer Boundary Event (Non Interrupting)");

    @Test
    void everyTextOfTheTableIsOneTheVendoredModelerAsksFor() throws IOException {
        String modeler;
        try (InputStream in = ModelerTextsTests.class.getResourceAsStream(MODELER)) {
            modeler = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> unknown = new ArrayList<>();
        ModelerTexts.table("/studio/modeler-texts_vi.json").fieldNames().forEachRemaining(english -> {
            if (!modeler.contains('"' + english + '"') && !TYPE_LABELS.contains(english)) {
                unknown.add(english);
            }
        });
        // a text renamed by an upgrade of bpmn-js would silently show in English again
        assertThat(unknown).as("texts the modeler no longer has").isEmpty();
    }

    @Test
    void placeholdersAreKeptAndEveryTextIsTranslated() {
        ObjectNode table = ModelerTexts.table("/studio/modeler-texts_vi.json");
        assertThat(table.size()).isGreaterThan(100);
        table.fields().forEachRemaining(e -> {
            assertThat(e.getValue().asText()).as(e.getKey()).isNotBlank();
            assertThat(placeholders(e.getValue().asText())).as(e.getKey()).isEqualTo(placeholders(e.getKey()));
        });
        assertThat(table.get("Activate hand tool").asText()).isEqualTo("Công cụ kéo sơ đồ");
    }

    @Test
    void englishPagesKeepTheModelersOwnTexts() throws IOException {
        assertThat(new ObjectMapper().readTree(ModelerTexts.forLocale(Locale.ENGLISH)).isEmpty()).isTrue();
        assertThat(new ObjectMapper().readTree(ModelerTexts.forLocale(Locale.forLanguageTag("vi-VN"))).get("General").asText())
                .isEqualTo("Thông tin chung");
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\\{[a-zA-Z]+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
