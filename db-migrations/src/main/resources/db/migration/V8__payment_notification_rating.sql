-- Fee payments (thanh toán phí, lệ phí). A payment is started for a citizen's filing of one
-- procedure, paid once at the payment gateway, and then consumed by exactly one dossier. The
-- gateway's transaction id is unique: a replayed or repeated callback finds the payment already paid.
CREATE TABLE payment (
    id                     CHAR(36)     NOT NULL,
    payer_id               CHAR(12)     NOT NULL,
    procedure_code         VARCHAR(20)  NOT NULL,
    amount_vnd             BIGINT       NOT NULL,
    state                  VARCHAR(10)  NOT NULL,
    dossier_code           VARCHAR(220) NULL,
    gateway_transaction_id VARCHAR(64)  NULL,
    created_at             TIMESTAMP(6) NOT NULL,
    settled_at             TIMESTAMP(6) NULL,
    CONSTRAINT pk_payment PRIMARY KEY (id),
    CONSTRAINT uq_payment_transaction UNIQUE (gateway_transaction_id),
    CONSTRAINT uq_payment_dossier UNIQUE (dossier_code),
    CONSTRAINT ck_payment_state CHECK (state IN ('PENDING', 'PAID', 'CANCELLED'))
);

CREATE INDEX ix_payment_payer ON payment (payer_id, procedure_code, state);

-- The payment sandbox's own book (it stands for the external gateway; the portal never reads it).
-- One transaction per merchant order: an order cannot be paid twice at the gateway either.
CREATE TABLE payment_sandbox_transaction (
    transaction_id VARCHAR(64)  NOT NULL,
    merchant_ref   CHAR(36)     NOT NULL,
    amount_vnd     BIGINT       NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_payment_sandbox_transaction PRIMARY KEY (transaction_id),
    CONSTRAINT uq_payment_sandbox_order UNIQUE (merchant_ref)
);

-- In-app notifications: one per status change of a dossier, for its applicant.
CREATE TABLE notification (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    recipient_id CHAR(12)     NOT NULL,
    dossier_code VARCHAR(220) NULL,
    kind         VARCHAR(40)  NOT NULL,
    message      VARCHAR(500) NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    read_at      TIMESTAMP(6) NULL,
    CONSTRAINT pk_notification PRIMARY KEY (id)
);

CREATE INDEX ix_notification_recipient ON notification (recipient_id, created_at);

-- Satisfaction (Decision 766/QĐ-TTg counts it): one rating per completed dossier, by its applicant.
CREATE TABLE dossier_rating (
    dossier_code VARCHAR(220)  NOT NULL,
    rater_id     CHAR(12)      NOT NULL,
    score        TINYINT       NOT NULL,
    comment      VARCHAR(1000) NULL,
    rated_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_dossier_rating PRIMARY KEY (dossier_code),
    CONSTRAINT ck_dossier_rating_score CHECK (score BETWEEN 1 AND 5)
);
