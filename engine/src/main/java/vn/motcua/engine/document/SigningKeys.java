package vn.motcua.engine.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import vn.motcua.engine.Certificates;

/**
 * The agencies' signing keys in one PKCS#12 keystore. In development (no keystore configured) the
 * keystore lives in {@code <data>/pki/}: a root CA is created at first start and an agency
 * certificate the first time that agency signs. Private keys stay in this class; callers sign
 * through {@link PadesSigner}.
 */
final class SigningKeys {

    private static final String ROOT = "motcua-root-ca";

    private final Path file;
    private final char[] password;
    private final java.util.Map<String, AgencyKey> unlockedKeys = new java.util.HashMap<>();
    private final boolean generate;
    /** Replaced by the saved keystore whenever this node adds a unit (another node may have added some). */
    private KeyStore store;

    private SigningKeys(Path file, char[] password, boolean generate, KeyStore store) {
        this.file = file;
        this.password = password;
        this.generate = generate;
        this.store = store;
    }

    /** Opens the configured keystore, or the development one under {@code pkiDir} (created if absent). */
    static SigningKeys open(SigningProperties properties, Path pkiDir) {
        try {
            if (properties.keystore() != null && !properties.keystore().isBlank()) {
                Path configured = Path.of(properties.keystore());
                char[] password = required(properties.keystorePassword()).toCharArray();
                return new SigningKeys(configured, password, false, load(configured, password));
            }
            if (!properties.generate()) {
                throw new IllegalStateException("No signing keystore configured (MOTCUA_SIGNING_KEYSTORE) and "
                        + "generating a development PKI is switched off");
            }
            vn.motcua.engine.OwnerOnlyFiles.directory(pkiDir);
            Path file = pkiDir.resolve("signing-keys.p12");
            char[] password = developmentPassword(properties, pkiDir.resolve("keystore.password"));
            if (Files.exists(file)) {
                return new SigningKeys(file, password, true, load(file, password));
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            SigningKeys keys = new SigningKeys(file, password, true, store);
            keys.createRoot();
            // nodes sharing the data directory may start together: one root for all of them
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            store.store(out, password);
            if (!vn.motcua.engine.OwnerOnlyFiles.createOnce(file, out.toByteArray())) {
                return new SigningKeys(file, password, true, load(file, password));
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the signing keystore", e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot open the signing keystore", e);
        }
    }

    private static String required(String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("motcua.signing.keystore-password is required with a configured keystore");
        }
        return password;
    }

    private static char[] developmentPassword(SigningProperties properties, Path passwordFile) {
        return vn.motcua.engine.DevelopmentSecrets.configuredOrStored(properties.keystorePassword(), passwordFile)
                .toCharArray();
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    /** The trust anchor documents are verified against. */
    synchronized X509Certificate root() {
        try {
            return (X509Certificate) store.getCertificate(ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The unit's key; in development created (and saved) the first time the unit signs. Unlocked
     * once per unit and kept: unlocking a PKCS#12 entry runs its password-based key derivation,
     * which per signature cost more CPU than the signature itself (docs/measurements.md).
     */
    synchronized AgencyKey forUnit(String unitCode, String agencyName) {
        AgencyKey unlocked = unlockedKeys.get(unitCode);
        if (unlocked != null) {
            return unlocked;
        }
        AgencyKey key = unlock(unitCode, agencyName);
        unlockedKeys.put(unitCode, key);
        return key;
    }

    private AgencyKey unlock(String unitCode, String agencyName) {
        String alias = "unit-" + unitCode;
        try {
            if (!store.containsAlias(alias)) {
                if (!generate) {
                    throw new IllegalStateException("No signing key for unit " + unitCode + " in " + file);
                }
                addAgencyOnce(alias, unitCode, agencyName);
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            Certificate[] chain = store.getCertificateChain(alias);
            return new AgencyKey(unitCode, key, List.of((X509Certificate) chain[0], (X509Certificate) chain[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot get the signing key of " + unitCode, e);
        }
    }

    /**
     * Nodes sharing the data directory sign for the same units: the first to need a unit's key
     * creates it, the others find it in the saved keystore. Without the lock and the re-read, two
     * nodes would each create a key and the last save would drop the other's.
     */
    private void addAgencyOnce(String alias, String unitCode, String agencyName)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        // the file lock belongs to the process: threads of one process (or two instances in a test) queue here
        synchronized (SigningKeys.class) {
            try (FileChannel channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                store = load(file, password);
                if (!store.containsAlias(alias)) {
                    createAgency(alias, unitCode, agencyName);
                    save();
                }
            }
        }
    }

    private void createRoot() throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPair pair = Certificates.rsaKeyPair(3072);
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, "MotCua (môi trường phát triển)").addRDN(BCStyle.CN, "MotCua Development Root CA").build();
        X509v3CertificateBuilder builder = Certificates.builder(name, name, pair.getPublic(), Duration.ofDays(3650));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                new JcaX509ExtensionUtils().createSubjectKeyIdentifier(pair.getPublic()));
        X509Certificate cert = sign(builder, pair.getPrivate());
        store.setKeyEntry(ROOT, pair.getPrivate(), password, new Certificate[] {cert});
    }

    private void createAgency(String alias, String unitCode, String agencyName)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        PrivateKey rootKey = (PrivateKey) store.getKey(ROOT, password);
        X509Certificate rootCert = root();
        KeyPair pair = Certificates.rsaKeyPair(2048);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, upTo64(agencyName)).addRDN(BCStyle.OU, upTo64(unitCode))
                .addRDN(BCStyle.CN, upTo64(agencyName)).build();
        X509v3CertificateBuilder builder = Certificates.builder(X500Name.getInstance(rootCert.getSubjectX500Principal().getEncoded()),
                subject, pair.getPublic(), Duration.ofDays(3 * 365));
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(rootCert));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(pair.getPublic()));
        X509Certificate cert = sign(builder, rootKey);
        store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {cert, rootCert});
    }

    /** RFC 5280 caps names, units and common names at 64 characters. */
    private static String upTo64(String text) {
        return text.length() <= 64 ? text : text.substring(0, 63).strip() + "…";
    }


    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(Certificates.sign(builder, key));
    }


    /** Writes the keystore atomically, owner-only. */
    private void save() throws IOException, GeneralSecurityException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        store.store(out, password);
        vn.motcua.engine.OwnerOnlyFiles.write(file, out.toByteArray());
    }
}
