-- The citizen's answer to a supplement request (Mẫu 02 is issued once per dossier, so there is at
-- most one answer): the documents uploaded and a note. The key makes a second answer impossible.
CREATE TABLE dossier_supplement (
    dossier_code   VARCHAR(220)  NOT NULL,
    attachment_ids VARCHAR(2000) NOT NULL,
    note           VARCHAR(1000) NULL,
    submitted_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_dossier_supplement PRIMARY KEY (dossier_code)
);

-- Status changes arrive from the engine by process instance: find their dossier quickly.
CREATE INDEX ix_dossier_process ON dossier (process_instance_id);
