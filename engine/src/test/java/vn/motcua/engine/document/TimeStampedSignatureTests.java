package vn.motcua.engine.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a time-stamping authority configured, the signature carries an RFC 3161 token over its
 * signature value (PAdES B-T). The TSA here is BouncyCastle's reference implementation served
 * over HTTP by the test, so the client speaks the real protocol.
 */
class TimeStampedSignatureTests {

    @TempDir
    Path data;

    @Test
    void theSignatureCarriesATimeStampOverItsValue() throws Exception {
        HttpServer tsa = startTsa();
        try {
            SigningKeys keys = SigningKeys.open(new SigningProperties(null, null, true, null), data.resolve("pki"));
            AgencyKey key = keys.forUnit("ubnd-xa-00004", "Ủy ban nhân dân Phường Ba Đình");
            var document = new AdministrativeDocument(null, "Ủy ban nhân dân Phường Ba Đình", "Số: 1/QĐ-UBND", "Ba Đình",
                    LocalDate.of(2026, 11, 27), "QUYẾT ĐỊNH", null, List.of(new AdministrativeDocument.Text("Điều 1.")),
                    null, "CHỦ TỊCH", "Bùi Quang Vinh", List.of("Lưu: VT."));
            byte[] unsigned = new DocumentRenderer().render(document, "00000000-0000-0000-0000-000000000001", "http://x/y");
            String url = "http://127.0.0.1:" + tsa.getAddress().getPort() + "/tsa";
            byte[] signed = new PadesSigner(Optional.of(new TimeStampClient(url)))
                    .sign(unsigned, key, "UBND", "Ba Đình", "Quyết định", new GregorianCalendar());

            CMSSignedData cms;
            try (var document2 = Loader.loadPDF(signed); var in = new ASN1InputStream(
                    document2.getLastSignatureDictionary().getContents(signed))) {
                cms = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
            }
            var signer = cms.getSignerInfos().getSigners().iterator().next();
            var attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            assertThat(attribute).isNotNull();
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));

            Path file = Files.write(data.resolve("stamped.pdf"), signed);
            Process pdfsig = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            assertThat(new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("Signature Validation: Signature is Valid.");
        } finally {
            tsa.stop(0);
        }
    }

    private static HttpServer startTsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Test TSA, C=VN");
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.TEN, new Date(System.currentTimeMillis() - 86_400_000L),
                new Date(System.currentTimeMillis() + 86_400_000L), name, pair.getPublic());
        builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        var tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA",
                pair.getPrivate(), cert), new JcaDigestCalculatorProviderBuilder().build().get(
                new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)),
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(cert)));
        var responses = new TimeStampResponseGenerator(tokens, Set.of(TSPAlgorithms.SHA256));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            try {
                TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                byte[] body = responses.generate(request, BigInteger.valueOf(System.nanoTime()), new Date()).getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
    }
}
