-- Dossiers (hồ sơ): one row per submission, created in the same transaction as its process
-- instance and audit event. The code is {unit}-{yyMMdd}-{4-digit daily sequence}.
CREATE TABLE dossier (
    code                VARCHAR(220) NOT NULL,
    procedure_code      VARCHAR(20)  NOT NULL,
    unit_code           VARCHAR(200) NOT NULL,
    applicant_id_number CHAR(12)     NOT NULL,
    applicant_name      VARCHAR(100) NOT NULL,
    channel             VARCHAR(12)  NOT NULL,
    form_data           LONGTEXT     NOT NULL,
    process_instance_id VARCHAR(64)  NOT NULL,
    idempotency_key     VARCHAR(100) NOT NULL,
    submitted_at        TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_dossier PRIMARY KEY (code),
    CONSTRAINT uq_dossier_idempotency UNIQUE (applicant_id_number, idempotency_key)
);

CREATE INDEX ix_dossier_applicant ON dossier (applicant_id_number, submitted_at);
CREATE INDEX ix_dossier_unit ON dossier (unit_code, submitted_at);

-- The daily sequence per receiving unit: the row lock taken by the increment serialises
-- concurrent submissions, and a rolled-back submission rolls its number back: no gaps.
CREATE TABLE dossier_sequence (
    unit_code  VARCHAR(200) NOT NULL,
    day        DATE         NOT NULL,
    last_value INT          NOT NULL,
    CONSTRAINT pk_dossier_sequence PRIMARY KEY (unit_code, day)
);
