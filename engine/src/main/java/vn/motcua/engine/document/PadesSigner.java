package vn.motcua.engine.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Calendar;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PAdES baseline B-B signatures ({@code ETSI.CAdES.detached}): a detached CMS over the byte ranges
 * with the ESS signing-certificate-v2 attribute and no CMS signing-time (PAdES puts the claimed
 * time in the signature dictionary), the certificate chain embedded, and an RFC 3161 signature
 * time-stamp when a TSA is configured (then B-T).
 */
final class PadesSigner {

    /**
     * Room in /Contents (written as hex, twice as many characters) for the CMS beside its
     * certificates: signed attributes, the signature value of keys up to 4096 bits, ASN.1 framing.
     * Every reserved byte is written, hashed and stored with each document, so the room is sized
     * from the chain that is embedded instead of one generous constant.
     */
    private static final int SIGNATURE_OVERHEAD = 2_048;
    /** A time-stamp token with the TSA's own certificates. */
    private static final int TIME_STAMP_ROOM = 8_192;

    private final Optional<TimeStampClient> timeStamps;

    PadesSigner(Optional<TimeStampClient> timeStamps) {
        this.timeStamps = timeStamps;
    }

    byte[] sign(byte[] pdf, AgencyKey key, String signerName, String location, String reason, Calendar signingTime) {
        int size = signatureRoom(key);
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(signerName);
            signature.setLocation(location);
            signature.setReason(reason);
            signature.setSignDate(signingTime);
            options.setPreferredSignatureSize(size);
            document.addSignature(signature, content -> cms(content, key), options);
            PdfBytes out = new PdfBytes(pdf.length + 2 * size + 4096);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Signing failed", e);
        }
    }

    private int signatureRoom(AgencyKey key) {
        int room = SIGNATURE_OVERHEAD + (timeStamps.isPresent() ? TIME_STAMP_ROOM : 0);
        for (var certificate : key.chain()) {
            try {
                room += certificate.getEncoded().length;
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException("Cannot encode the certificate of " + key.unitCode(), e);
            }
        }
        return room;
    }

    private byte[] cms(InputStream content, AgencyKey key) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new PadesSignedAttributes(key))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate());
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            if (timeStamps.isPresent()) {
                signed = withTimeStamp(signed, timeStamps.get());
            }
            return signed.getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot build the CMS signature", e);
        }
    }

    /** Adds the signature time-stamp (id-aa-signatureTimeStampToken) over the signature value. */
    private static CMSSignedData withTimeStamp(CMSSignedData signed, TimeStampClient tsa) throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = tsa.timeStamp(signer.getSignature());
        ASN1EncodableVector attributes = signer.getUnsignedAttributes() == null ? new ASN1EncodableVector()
                : signer.getUnsignedAttributes().toASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(token))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attributes));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    /** content-type, message-digest, algorithm protection and signing-certificate-v2; no signing-time. */
    private static final class PadesSignedAttributes implements CMSAttributeTableGenerator {

        private final DefaultSignedAttributeTableGenerator defaults;

        PadesSignedAttributes(AgencyKey key) throws GeneralSecurityException {
            var cert = key.certificate();
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                    X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))), cert.getSerialNumber());
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
            Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
            Hashtable<ASN1ObjectIdentifier, Attribute> table = new Hashtable<>();
            table.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2, signingCertificate);
            this.defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(table));
        }

        @Override
        @SuppressWarnings("rawtypes")
        public AttributeTable getAttributes(Map parameters) {
            return defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
    }
}
