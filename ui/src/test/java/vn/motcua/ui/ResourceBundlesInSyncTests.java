package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message users read exists in Vietnamese (the default) and in English, under the same keys:
 * a key added to one language only would show its raw name in the other.
 */
class ResourceBundlesInSyncTests {

    private static Properties load(String resource) throws IOException {
        try (InputStream in = ResourceBundlesInSyncTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vaadin-i18n/translations", "vn/motcua/forms/messages", "i18n/engine"})
    void theDefaultVietnameseAndEnglishBundlesHaveTheSameKeysAndNoEmptyMessage(String bundle) throws IOException {
        Properties fallback = load(bundle + ".properties");
        Properties vietnamese = load(bundle + "_vi.properties");
        Properties english = load(bundle + "_en.properties");
        assertThat(vietnamese.stringPropertyNames()).as("vi vs default").isEqualTo(fallback.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("en vs default").isEqualTo(fallback.stringPropertyNames());
        for (Properties p : new Properties[] {fallback, vietnamese, english}) {
            assertThat(p.stringPropertyNames()).allSatisfy(key -> assertThat(p.getProperty(key)).as(key).isNotBlank());
        }
    }
}
