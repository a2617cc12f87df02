-- The staff queues' read model: one row per Camunda user task, written by a task listener in the
-- same transaction as the task's creation, assignment, completion or deletion, holding what a
-- queue shows. Queues read only this table (Camunda's TaskQuery with candidate groups does not
-- stay fast at a province's volume). "Overdue" is due_at before now, evaluated at read time.
CREATE TABLE work_item (
    task_id             VARCHAR(64)  NOT NULL,
    process_instance_id VARCHAR(64)  NOT NULL,
    dossier_code        VARCHAR(220) NULL,
    procedure_code      VARCHAR(20)  NULL,
    applicant_id        CHAR(12)     NULL,
    applicant_name      VARCHAR(100) NULL,
    -- the applicant's name without diacritics, lower case: prefix search by name
    name_key            VARCHAR(100) NULL,
    task_key            VARCHAR(100) NOT NULL,
    task_name           VARCHAR(200) NULL,
    unit_code           VARCHAR(200) NULL,
    step                VARCHAR(20)  NULL,
    assignee            VARCHAR(64)  NULL,
    received_at         TIMESTAMP(6) NULL,
    due_at              TIMESTAMP(6) NULL,
    created_at          TIMESTAMP(6) NOT NULL,
    state               VARCHAR(10)  NOT NULL,
    -- 1 while OPEN or CLAIMED: the queues filter on one value, so the index also gives the order
    is_open             TINYINT      NOT NULL,
    completed_at        TIMESTAMP(6) NULL,
    completed_by        VARCHAR(64)  NULL,
    CONSTRAINT pk_work_item PRIMARY KEY (task_id),
    CONSTRAINT ck_work_item_state CHECK (state IN ('OPEN', 'CLAIMED', 'DONE', 'CANCELLED'))
);

-- the queue: a unit's open items by due time (also "overdue" and "due today" as ranges of due_at);
-- one state value per index prefix, so ORDER BY due_at LIMIT n reads n index entries, no sort
CREATE INDEX ix_work_item_queue ON work_item (unit_code, is_open, due_at);
CREATE INDEX ix_work_item_state ON work_item (unit_code, state, due_at);
CREATE INDEX ix_work_item_step ON work_item (unit_code, step, is_open, due_at);
CREATE INDEX ix_work_item_assignee ON work_item (unit_code, assignee, is_open, due_at);
CREATE INDEX ix_work_item_applicant ON work_item (unit_code, applicant_id);
CREATE INDEX ix_work_item_name ON work_item (unit_code, name_key);
CREATE INDEX ix_work_item_dossier ON work_item (dossier_code);
CREATE INDEX ix_work_item_process ON work_item (process_instance_id);
