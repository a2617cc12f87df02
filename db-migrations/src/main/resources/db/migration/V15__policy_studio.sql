-- The policy studio's tables. Camunda keeps every deployed version of a model (ACT_RE_PROCDEF);
-- these keep what Camunda does not: the one draft being edited per procedure, and who wrote,
-- who approved and why each version published from the studio exists.

-- One draft per procedure. `revision` grows at every save: a save naming an older revision than
-- the stored one is refused, so two editors never overwrite each other silently.
CREATE TABLE model_draft (
    procedure_code  VARCHAR(20)  NOT NULL,
    base_version    INT          NOT NULL,
    bpmn_xml        LONGTEXT     NOT NULL,
    form_json       LONGTEXT     NOT NULL,
    revision        INT          NOT NULL,
    editor_id       CHAR(12)     NOT NULL,
    editor_name     VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    -- EDITING, SUBMITTED (waiting for a reviewer), RETURNED (sent back with a comment)
    state           VARCHAR(10)  NOT NULL,
    author_id       CHAR(12)     NULL,
    author_name     VARCHAR(100) NULL,
    change_note     VARCHAR(2000) NULL,
    submitted_at    TIMESTAMP(6) NULL,
    review_comment  VARCHAR(2000) NULL,
    CONSTRAINT pk_model_draft PRIMARY KEY (procedure_code),
    CONSTRAINT ck_model_draft_state CHECK (state IN ('EDITING', 'SUBMITTED', 'RETURNED'))
);

-- A version published from the studio (four eyes: author and approver differ). The catalogue
-- entry's hash at publication tells the list when the catalogue has changed the procedure since.
CREATE TABLE model_version (
    procedure_code        VARCHAR(20)   NOT NULL,
    version               INT           NOT NULL,
    process_definition_id VARCHAR(64)   NOT NULL,
    deployment_id         VARCHAR(64)   NOT NULL,
    author_id             CHAR(12)      NOT NULL,
    author_name           VARCHAR(100)  NOT NULL,
    approver_id           CHAR(12)      NOT NULL,
    approver_name         VARCHAR(100)  NOT NULL,
    change_note           VARCHAR(2000) NOT NULL,
    published_at          TIMESTAMP(6)  NOT NULL,
    catalogue_hash        CHAR(64)      NOT NULL,
    CONSTRAINT pk_model_version PRIMARY KEY (procedure_code, version),
    CONSTRAINT uq_model_version_definition UNIQUE (process_definition_id),
    CONSTRAINT ck_model_version_four_eyes CHECK (author_id <> approver_id)
);
