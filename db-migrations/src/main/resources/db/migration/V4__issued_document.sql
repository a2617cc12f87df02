-- Documents MotCua issued (results, decision letters, one-stop forms Mẫu 01-04): what was signed,
-- by whom, for which dossier; the SHA-256 of the signed file is what verification looks up.
CREATE TABLE issued_document (
    id                CHAR(36)     NOT NULL,
    document_type     VARCHAR(40)  NOT NULL,
    number_symbol     VARCHAR(60)  NOT NULL,
    title             VARCHAR(300) NOT NULL,
    dossier_code      VARCHAR(60)  NOT NULL,
    process_instance  VARCHAR(64),
    unit_code         VARCHAR(200) NOT NULL,
    agency_name       VARCHAR(200) NOT NULL,
    applicant_id      CHAR(12),
    applicant_name    VARCHAR(100),
    signer_subject    VARCHAR(300) NOT NULL,
    signer_serial     VARCHAR(64)  NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    -- printed in the QR code with the id: proves the holder has the document (not guessable)
    check_code        CHAR(16)     NOT NULL,
    size_bytes        INT          NOT NULL,
    issued_at         TIMESTAMP(6) NOT NULL,
    revoked_at        TIMESTAMP(6),
    revocation_reason VARCHAR(300),
    CONSTRAINT pk_issued_document PRIMARY KEY (id),
    CONSTRAINT uq_issued_document_sha256 UNIQUE (sha256)
);

CREATE INDEX ix_issued_document_dossier ON issued_document (dossier_code);
CREATE INDEX ix_issued_document_applicant ON issued_document (applicant_id);
CREATE INDEX ix_issued_document_unit ON issued_document (unit_code, issued_at);

-- Per-unit, per-year document numbers ("Số: 12/..."): issued in order, no gaps.
CREATE TABLE document_number (
    unit_code  VARCHAR(200) NOT NULL,
    year       INT         NOT NULL,
    last_value INT         NOT NULL,
    CONSTRAINT pk_document_number PRIMARY KEY (unit_code, year)
);
