package vn.motcua.vneid;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.motcua.engine.OwnerOnlyFiles;
import java.text.ParseException;
import java.util.UUID;

/**
 * The sandbox's RSA signing key, generated once and kept in the data directory (git-ignored), so
 * that tokens and id_token_hints stay verifiable across restarts.
 */
final class SigningKey {

    private SigningKey() {
    }

    static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8)).getKeys().get(0).toRSAKey();
            }
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
            // nodes sharing the data directory may start together: the first one's key is everyone's
            if (!OwnerOnlyFiles.createOnce(file, new JWKSet(key).toString(false).getBytes(StandardCharsets.UTF_8))) {
                return JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8)).getKeys().get(0).toRSAKey();
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the VNeID sandbox signing key " + file, e);
        } catch (ParseException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("The VNeID sandbox signing key " + file + " is not a JWK set", e);
        }
    }
}
