package vn.motcua.engine;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The root of everything MotCua writes locally: embedded database files, development keys,
 * uploaded attachments ({@code MOTCUA_DATA_DIR}, default {@code ./data}; git-ignored).
 */
@ConfigurationProperties("motcua")
public record DataDirectory(@DefaultValue("./data") Path dataDir) {

    public Path resolve(String child) {
        return dataDir.resolve(child).toAbsolutePath().normalize();
    }
}
