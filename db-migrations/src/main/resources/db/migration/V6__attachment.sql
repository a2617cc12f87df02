-- Files a citizen attached while filing: checked by content (magic bytes), hashed, stored by id.
CREATE TABLE attachment (
    id           CHAR(36)     NOT NULL,
    owner_id     CHAR(12)     NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   INT          NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id)
);

CREATE INDEX ix_attachment_owner ON attachment (owner_id, uploaded_at);
