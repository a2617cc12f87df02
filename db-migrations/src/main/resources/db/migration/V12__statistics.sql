-- Statistics (Decision 766/QĐ-TTg figures), kept incrementally from the dossier lifecycle's events
-- in the transaction of each change, so a page view never scans the dossiers.

-- What the statistics need to know of one dossier until it is finished (its own copy: the
-- statistics feature reads no other feature's tables).
CREATE TABLE stat_dossier (
    dossier_code         VARCHAR(220) NOT NULL,
    day                  DATE         NOT NULL,
    province_code        VARCHAR(10)  NOT NULL,
    unit_code            VARCHAR(200) NOT NULL,
    procedure_code       VARCHAR(20)  NOT NULL,
    channel              VARCHAR(12)  NOT NULL,
    submitted_at         TIMESTAMP(6) NOT NULL,
    due_at               TIMESTAMP(6) NULL,
    supplement_requested TINYINT      NOT NULL DEFAULT 0,
    finished_at          TIMESTAMP(6) NULL,
    CONSTRAINT pk_stat_dossier PRIMARY KEY (dossier_code)
);

-- Daily counters per receiving unit, procedure and channel. A dossier is counted as received on
-- the day it was filed, and as finished (on time, late, refused, withdrawn) on the day it ended.
CREATE TABLE stat_daily (
    day                  DATE         NOT NULL,
    province_code        VARCHAR(10)  NOT NULL,
    unit_code            VARCHAR(200) NOT NULL,
    procedure_code       VARCHAR(20)  NOT NULL,
    channel              VARCHAR(12)  NOT NULL,
    received             INT          NOT NULL DEFAULT 0,
    finished_on_time     INT          NOT NULL DEFAULT 0,
    finished_late        INT          NOT NULL DEFAULT 0,
    refused              INT          NOT NULL DEFAULT 0,
    withdrawn            INT          NOT NULL DEFAULT 0,
    supplement_requested INT          NOT NULL DEFAULT 0,
    paid_online          INT          NOT NULL DEFAULT 0,
    -- minutes from filing to result, summed over the dossiers finished with a result that day
    processing_minutes   BIGINT       NOT NULL DEFAULT 0,
    rated                INT          NOT NULL DEFAULT 0,
    rating_sum           INT          NOT NULL DEFAULT 0,
    rated_1              INT          NOT NULL DEFAULT 0,
    rated_2              INT          NOT NULL DEFAULT 0,
    rated_3              INT          NOT NULL DEFAULT 0,
    rated_4              INT          NOT NULL DEFAULT 0,
    rated_5              INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_stat_daily PRIMARY KEY (day, unit_code, procedure_code, channel)
);
CREATE INDEX ix_stat_daily_province ON stat_daily (province_code, day);
CREATE INDEX ix_stat_daily_procedure ON stat_daily (procedure_code, day);
CREATE INDEX ix_stat_dossier_open ON stat_dossier (finished_at, province_code, unit_code, day);
