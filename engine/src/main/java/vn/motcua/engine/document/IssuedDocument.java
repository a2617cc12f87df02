package vn.motcua.engine.document;

import java.time.Instant;

/** A document in the registry of issued documents. */
public record IssuedDocument(
        String id,
        DocumentType type,
        String numberSymbol,
        String title,
        String dossierCode,
        String unitCode,
        String agencyName,
        String applicantIdNumber,
        String applicantName,
        String signerSubject,
        String sha256,
        String checkCode,
        int sizeBytes,
        Instant issuedAt,
        Instant revokedAt,
        String revocationReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
