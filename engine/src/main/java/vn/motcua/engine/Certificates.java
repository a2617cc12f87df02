package vn.motcua.engine;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The keys and X.509 certificates MotCua makes for itself: the development signing CA and its
 * agency certificates, the embedded database's TLS certificate. RSA keys, a random positive
 * 64-bit serial, valid from a day back (clocks of other machines may be a little behind) for the
 * given period, signed with SHA-256.
 */
public final class Certificates {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Certificates() {
    }

    public static KeyPair rsaKeyPair(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits, RANDOM);
        return generator.generateKeyPair();
    }

    /** A certificate of {@code subject}'s public key, to be given its extensions and then {@link #sign}ed. */
    public static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey subjectKey, Duration validity) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(validity)), subject, subjectKey);
    }

    public static X509CertificateHolder sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException {
        return builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey));
    }
}
