-- The dossier lifecycle, step 1: one identity per dossier in the audit trail. Events the process
-- steps recorded under their process instance id now name the dossier's code, as all others do.
ALTER TABLE audit_event MODIFY subject_id VARCHAR(220) NOT NULL;
-- (MariaDB assigns left to right: subject_id is read before subject_type changes)
UPDATE audit_event
   SET subject_id = (SELECT d.code FROM dossier d WHERE d.process_instance_id = audit_event.subject_id),
       subject_type = 'DOSSIER'
 WHERE subject_type = 'PROCESS' AND subject_id IN (SELECT process_instance_id FROM dossier);

-- The dossiers' status read model, kept by execution listeners in the transaction of every step
-- the process takes (as work_item is for tasks): "Hồ sơ của tôi", the dossier page and the API
-- read it instead of Camunda's history. due_at is the appointment the citizen was last given.
CREATE TABLE dossier_status (
    dossier_code VARCHAR(220) NOT NULL,
    status       VARCHAR(24)  NOT NULL,
    due_at       TIMESTAMP(6) NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_dossier_status PRIMARY KEY (dossier_code),
    CONSTRAINT ck_dossier_status CHECK (status IN ('IN_PROGRESS', 'WAITING_FOR_CITIZEN', 'IN_CONSULTATION',
        'RETURNED_TO_RECEPTION', 'COMPLETED', 'REFUSED', 'WITHDRAWN'))
);

-- The steps a dossier is at now: one row per model element, counted (parallel consultations run
-- the same task several times at once); a row goes when its count reaches zero.
CREATE TABLE dossier_open_step (
    dossier_code VARCHAR(220) NOT NULL,
    activity_id  VARCHAR(100) NOT NULL,
    name         VARCHAR(255) NULL,
    open_count   INT          NOT NULL,
    started_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_dossier_open_step PRIMARY KEY (dossier_code, activity_id)
);

-- Spring Modulith's event publication registry (its MariaDB schema): a publication stays here
-- until its listener succeeded, so an e-mail that failed is sent again later or after a restart.
CREATE TABLE EVENT_PUBLICATION (
    ID               VARCHAR(36)   NOT NULL,
    LISTENER_ID      VARCHAR(512)  NOT NULL,
    EVENT_TYPE       VARCHAR(512)  NOT NULL,
    SERIALIZED_EVENT VARCHAR(4000) NOT NULL,
    PUBLICATION_DATE TIMESTAMP(6)  NOT NULL,
    COMPLETION_DATE  TIMESTAMP(6)  NULL DEFAULT NULL,
    PRIMARY KEY (ID)
);
CREATE INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE);

-- Opinions asked of coordinating agencies (lấy ý kiến cơ quan phối hợp): one row per agency asked,
-- answered by that agency's consultation staff in their own queue. Owned by the staff queue.
CREATE TABLE consultation (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    dossier_code VARCHAR(220)  NOT NULL,
    agency_unit  VARCHAR(60)   NOT NULL,
    question     VARCHAR(2000) NOT NULL,
    due_at       TIMESTAMP(6)  NOT NULL,
    requested_by CHAR(12)      NOT NULL,
    requested_at TIMESTAMP(6)  NOT NULL,
    answer       VARCHAR(4000) NULL,
    answered_by  CHAR(12)      NULL,
    answered_at  TIMESTAMP(6)  NULL,
    CONSTRAINT pk_consultation PRIMARY KEY (id)
);
CREATE INDEX ix_consultation_dossier ON consultation (dossier_code, agency_unit, requested_at);
