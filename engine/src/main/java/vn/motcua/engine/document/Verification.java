package vn.motcua.engine.document;

import java.time.Instant;

/**
 * The answer to "is this document genuine?": valid, tampered, unknown or revoked, with what a
 * member of the public may see (the applicant's name masked).
 */
public record Verification(
        Status status,
        String reason,
        String documentId,
        String title,
        String numberSymbol,
        String agency,
        String signer,
        Instant signedAt,
        String dossierCode,
        String applicantMasked) {

    public enum Status {
        /** Signed by a MotCua agency, unaltered, in the registry. */
        VALID,
        /** Changed after signing, its signature stripped, or a signature that does not verify. */
        TAMPERED,
        /** Not a document MotCua issued. */
        UNKNOWN,
        /** Genuine but withdrawn by the issuing agency. */
        REVOKED
    }

    static Verification of(Status status, String reason) {
        return new Verification(status, reason, null, null, null, null, null, null, null, null);
    }

    static Verification of(Status status, String reason, IssuedDocument d) {
        return new Verification(status, reason, d.id(), d.title(), d.numberSymbol(), d.agencyName(), d.signerSubject(),
                d.issuedAt(), d.dossierCode(), mask(d.applicantName()));
    }

    /** "Nguyễn Văn An" → "Nguyễn V*** A***": enough to recognise, not to identify. */
    static String mask(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String[] words = name.strip().split("\\s+");
        StringBuilder masked = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            masked.append(' ').append(words[i].charAt(0)).append("***");
        }
        return masked.toString();
    }
}
