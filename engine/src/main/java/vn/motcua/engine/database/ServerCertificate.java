package vn.motcua.engine.database;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import vn.motcua.engine.Certificates;
import vn.motcua.engine.OwnerOnlyFiles;

/**
 * The embedded server's TLS key and self-signed certificate, made once per data directory and kept
 * owner-only beside it ({@code <mariadb dir>-tls/}). Without them MariaDB 11.4 generates a new RSA
 * key at every start, which with its bundled wolfSSL took 2 to 15 s of a restart on two cores. The
 * server keeps offering TLS, so the MariaDB 11.4 command-line tools (which require it by default)
 * connect as before; MotCua itself talks to it over loopback.
 *
 * @param key         the private key (PEM)
 * @param certificate the certificate (PEM)
 */
record ServerCertificate(Path key, Path certificate) {

    private static final Duration VALIDITY = Duration.ofDays(3650);

    static ServerCertificate loadOrCreate(Path mariadbDataDir) {
        Path dir = mariadbDataDir.resolveSibling(mariadbDataDir.getFileName() + "-tls");
        ServerCertificate files = new ServerCertificate(dir.resolve("server-key.pem"), dir.resolve("server-cert.pem"));
        if (Files.isRegularFile(files.key()) && Files.isRegularFile(files.certificate())) {
            return files;
        }
        try {
            createInto(dir);
            return files;
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new DatabaseStartupException("Cannot create the embedded MariaDB's TLS certificate in " + dir + ": " + e.getMessage(),
                    "Check that the data directory is writable.", e);
        }
    }

    /** Both files written in a directory of their own, which then takes the final name in one step. */
    private static void createInto(Path dir) throws IOException, GeneralSecurityException, OperatorCreationException {
        Path staging = OwnerOnlyFiles.directory(dir.resolveSibling(dir.getFileName() + "." + UUID.randomUUID() + ".tmp"));
        try {
            KeyPair pair = Certificates.rsaKeyPair(2048);
            X500Name name = new X500Name("CN=MotCua embedded MariaDB");
            X509CertificateHolder certificate = Certificates.sign(Certificates.builder(name, name, pair.getPublic(), VALIDITY)
                    .addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1"))), pair.getPrivate());
            OwnerOnlyFiles.write(staging.resolve("server-key.pem"), pem(pair.getPrivate()));
            OwnerOnlyFiles.write(staging.resolve("server-cert.pem"), pem(certificate));
            try {
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // another node sharing this data directory made it first: use that one
            }
        } finally {
            if (Files.isDirectory(staging)) {
                try (var files = Files.list(staging)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(staging);
            }
        }
    }

    private static byte[] pem(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
