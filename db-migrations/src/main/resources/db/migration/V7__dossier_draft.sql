-- Drafts: what a citizen has typed into a procedure's form so far, saved at every change and
-- resumable from any browser after logging in. One draft per citizen and procedure.
CREATE TABLE dossier_draft (
    owner_id       CHAR(12)     NOT NULL,
    procedure_code VARCHAR(20)  NOT NULL,
    form_data      LONGTEXT     NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_dossier_draft PRIMARY KEY (owner_id, procedure_code)
);
