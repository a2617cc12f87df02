package vn.motcua.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets a development run generates once and keeps under the data directory (owner-only), so
 * that restarts keep working without configuration; production configures them from the environment.
 */
public final class DevelopmentSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DevelopmentSecrets() {
    }

    /** The configured value when there is one, else the stored one, else a new random one stored in {@code file}. */
    public static String configuredOrStored(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            // nodes sharing the data directory may start together: the first one's secret is everyone's
            return OwnerOnlyFiles.createOnce(file, generated.getBytes(StandardCharsets.UTF_8)) ? generated
                    : Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a development secret in " + file, e);
        }
    }
}
