package vn.motcua.engine.document;

import static vn.motcua.db.Tables.DOCUMENT_NUMBER;
import static vn.motcua.db.Tables.ISSUED_DOCUMENT;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.motcua.db.tables.records.IssuedDocumentRecord;

/** The registry of issued documents and the per-unit yearly document numbers. */
@Repository
class IssuedDocumentRepository {

    private final DSLContext sql;
    private final Clock clock;

    IssuedDocumentRepository(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** The next number of the unit's register this year; the row lock keeps numbers gap-free. */
    int nextNumber(String unitCode, int year) {
        sql.insertInto(DOCUMENT_NUMBER).set(DOCUMENT_NUMBER.UNIT_CODE, unitCode).set(DOCUMENT_NUMBER.YEAR, year)
                .set(DOCUMENT_NUMBER.LAST_VALUE, 1)
                .onDuplicateKeyUpdate().set(DOCUMENT_NUMBER.LAST_VALUE, DOCUMENT_NUMBER.LAST_VALUE.plus(1))
                .execute();
        return sql.select(DOCUMENT_NUMBER.LAST_VALUE).from(DOCUMENT_NUMBER)
                .where(DOCUMENT_NUMBER.UNIT_CODE.eq(unitCode), DOCUMENT_NUMBER.YEAR.eq(year))
                .fetchOne(DOCUMENT_NUMBER.LAST_VALUE);
    }

    void insert(IssuedDocument d, String processInstanceId, String signerSerial) {
        sql.insertInto(ISSUED_DOCUMENT)
                .set(ISSUED_DOCUMENT.ID, d.id())
                .set(ISSUED_DOCUMENT.DOCUMENT_TYPE, d.type().name())
                .set(ISSUED_DOCUMENT.NUMBER_SYMBOL, d.numberSymbol())
                .set(ISSUED_DOCUMENT.TITLE, d.title())
                .set(ISSUED_DOCUMENT.DOSSIER_CODE, d.dossierCode())
                // the unique key that lets a second executor of the same job fail instead of issuing twice
                .set(ISSUED_DOCUMENT.ONCE_PER_DOSSIER, d.type().oncePerDossier() ? d.dossierCode() : null)
                .set(ISSUED_DOCUMENT.PROCESS_INSTANCE, processInstanceId)
                .set(ISSUED_DOCUMENT.UNIT_CODE, d.unitCode())
                .set(ISSUED_DOCUMENT.AGENCY_NAME, d.agencyName())
                .set(ISSUED_DOCUMENT.APPLICANT_ID, d.applicantIdNumber())
                .set(ISSUED_DOCUMENT.APPLICANT_NAME, d.applicantName())
                .set(ISSUED_DOCUMENT.SIGNER_SUBJECT, d.signerSubject())
                .set(ISSUED_DOCUMENT.SIGNER_SERIAL, signerSerial)
                .set(ISSUED_DOCUMENT.SHA256, d.sha256())
                .set(ISSUED_DOCUMENT.CHECK_CODE, d.checkCode())
                .set(ISSUED_DOCUMENT.SIZE_BYTES, d.sizeBytes())
                .set(ISSUED_DOCUMENT.ISSUED_AT, LocalDateTime.ofInstant(d.issuedAt(), clock.getZone()))
                .execute();
    }

    Optional<IssuedDocument> find(String id) {
        return sql.selectFrom(ISSUED_DOCUMENT).where(ISSUED_DOCUMENT.ID.eq(id)).fetchOptional(this::toDocument);
    }

    Optional<IssuedDocument> findBySha256(String sha256) {
        return sql.selectFrom(ISSUED_DOCUMENT).where(ISSUED_DOCUMENT.SHA256.eq(sha256)).fetchOptional(this::toDocument);
    }

    List<IssuedDocument> forApplicant(String idNumber) {
        return sql.selectFrom(ISSUED_DOCUMENT).where(ISSUED_DOCUMENT.APPLICANT_ID.eq(idNumber))
                .orderBy(ISSUED_DOCUMENT.ISSUED_AT.desc()).fetch(this::toDocument);
    }

    List<IssuedDocument> forDossier(String dossierCode) {
        return sql.selectFrom(ISSUED_DOCUMENT).where(ISSUED_DOCUMENT.DOSSIER_CODE.eq(dossierCode))
                .orderBy(ISSUED_DOCUMENT.ISSUED_AT).fetch(this::toDocument);
    }

    boolean revoke(String id, String reason) {
        return sql.update(ISSUED_DOCUMENT).set(ISSUED_DOCUMENT.REVOKED_AT, LocalDateTime.now(clock))
                .set(ISSUED_DOCUMENT.REVOCATION_REASON, reason)
                // a revoked document no longer blocks its corrected successor
                .setNull(ISSUED_DOCUMENT.ONCE_PER_DOSSIER)
                .where(ISSUED_DOCUMENT.ID.eq(id), ISSUED_DOCUMENT.REVOKED_AT.isNull()).execute() == 1;
    }

    private IssuedDocument toDocument(IssuedDocumentRecord r) {
        return new IssuedDocument(r.getId(), DocumentType.valueOf(r.getDocumentType()), r.getNumberSymbol(), r.getTitle(),
                r.getDossierCode(), r.getUnitCode(), r.getAgencyName(), r.getApplicantId(), r.getApplicantName(),
                r.getSignerSubject(), r.getSha256(), r.getCheckCode(), r.getSizeBytes(), r.getIssuedAt().atZone(clock.getZone()).toInstant(),
                r.getRevokedAt() == null ? null : r.getRevokedAt().atZone(clock.getZone()).toInstant(),
                r.getRevocationReason());
    }
}
