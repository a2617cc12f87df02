package vn.motcua.engine.document;

import vn.motcua.engine.PublicUrl;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.Sha256;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.staff.StaffDirectory;

/**
 * Issues signed documents and answers who may have them. Issuing renders the document, signs it
 * with the unit's key, stores the file and records it (id, dossier, type, SHA-256, signer, time)
 * in one transaction with its audit entry; if signing fails nothing is recorded.
 */
@Service
public class DocumentService {

    private final DocumentRenderer renderer = new DocumentRenderer();
    private final SigningKeys keys;
    private final PadesSigner signer;
    private final DocumentStore store;
    private final IssuedDocumentRepository registry;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;
    private final PublicUrl publicUrl;
    private final SignatureVerifier verifier;

    DocumentService(SigningKeys keys, PadesSigner signer, DocumentStore store, IssuedDocumentRepository registry,
                    StaffDirectory staff, AuditTrail audit, Clock clock, PublicUrl publicUrl) {
        this.keys = keys;
        this.signer = signer;
        this.store = store;
        this.registry = registry;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.verifier = new SignatureVerifier(keys.root(), registry::find, registry::findBySha256);
    }

    @Transactional
    public IssuedDocument issue(IssueRequest request) {
        IssuingAgency agency = IssuingAgency.of(request.unitCode(), request.agencyName());
        LocalDate today = LocalDate.now(clock);
        int number = registry.nextNumber(request.unitCode(), today.getYear());
        String id = UUID.randomUUID().toString();
        String signerName = staff.leaderOf(request.unitCode()).orElse("Người có thẩm quyền");
        AdministrativeDocument document = DocumentTemplates.build(request, agency, number, today, signerName);
        String checkCode = Sha256.hex((id + "|" + request.type() + "|" + document.numberSymbol() + "|"
                + request.dossierCode() + "|" + today).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
        byte[] unsigned = renderer.render(document, id, verificationUrl(id, checkCode));
        AgencyKey key = keys.forUnit(request.unitCode(), agency.name());
        Calendar now = GregorianCalendar.from(Instant.now(clock).atZone(clock.getZone()));
        now.setTimeZone(TimeZone.getTimeZone(clock.getZone()));
        byte[] signed = signer.sign(unsigned, key, agency.name(), agency.place(), document.title(), now);
        String subject = key.certificate().getSubjectX500Principal().getName();
        IssuedDocument issued = new IssuedDocument(id, request.type(), document.numberSymbol(), document.title(),
                request.dossierCode(), request.unitCode(), agency.name(), request.applicantIdNumber(),
                request.applicantName(), subject, Sha256.hex(signed), checkCode, signed.length, now.toInstant(), null, null);
        registry.insert(issued, request.processInstanceId(), key.certificate().getSerialNumber().toString(16));
        store.put(id, signed);
        audit.record("system", "DOCUMENT_ISSUED", "DOCUMENT", id,
                request.type() + " " + document.numberSymbol() + " for " + request.dossierCode());
        return issued;
    }

    /** The public link printed as a QR code: the document's id and its check code. */
    String verificationUrl(String id, String checkCode) {
        return publicUrl.resolve("/xac-thuc/") + id + "?h=" + checkCode;
    }

    public Verification verify(byte[] pdf) {
        return verifier.verify(pdf);
    }

    /** What the public may see of a registered document, as a verification answer. */
    public Verification verificationOf(IssuedDocument d) {
        return d.revoked()
                ? Verification.of(Verification.Status.REVOKED, "Văn bản đã bị thu hồi: " + d.revocationReason(), d)
                : Verification.of(Verification.Status.VALID, "Văn bản có trong sổ văn bản đã ban hành.", d);
    }

    public Optional<IssuedDocument> find(String id) {
        return registry.find(id);
    }

    /** The signed original for whoever holds the document's id and check code (its QR code). */
    public Optional<byte[]> contentWithProof(String id, String checkCode) {
        return registry.find(id).filter(d -> checkCode != null && d.checkCode().equalsIgnoreCase(checkCode))
                .map(d -> store.get(id));
    }

    /** The citizen's own documents. */
    public List<IssuedDocument> forApplicant(String idNumber) {
        return registry.forApplicant(idNumber);
    }

    public List<IssuedDocument> forDossier(String dossierCode) {
        return registry.forDossier(dossierCode);
    }

    /** The file, for its applicant only. */
    public Optional<byte[]> contentForApplicant(String id, String idNumber) {
        return registry.find(id).filter(d -> idNumber != null && idNumber.equals(d.applicantIdNumber()))
                .map(d -> store.get(id));
    }

    /** The file, for staff of the issuing unit only. */
    public Optional<byte[]> contentForUnit(String id, String unitCode) {
        return registry.find(id).filter(d -> d.unitCode().equals(unitCode)).map(d -> store.get(id));
    }

    @Transactional
    public boolean revoke(String id, String reason, String by) {
        boolean revoked = registry.revoke(id, reason);
        if (revoked) {
            audit.record(by, "DOCUMENT_REVOKED", "DOCUMENT", id, reason);
        }
        return revoked;
    }
}
