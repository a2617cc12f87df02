-- The audit trail: who did what to which subject, and when. Append-only; later features
-- (dossiers, decisions, registry reads) write their events here in the same transaction
-- as the change they record.
CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  TIMESTAMP(6) NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    subject_type VARCHAR(32)  NOT NULL,
    subject_id   VARCHAR(64)  NOT NULL,
    details      VARCHAR(2000),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);

CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id, occurred_at);
