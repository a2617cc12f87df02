-- Monthly roll-up of stat_daily, kept in the same statement pair as the daily counters: a
-- country- or province-wide figure over a year reads units x months x procedures x channels rows
-- instead of units x days x ..., which keeps the public page fast at tens of millions of
-- dossiers. Whole months of a period are read here, the days at its edges from stat_daily.
CREATE TABLE stat_monthly (
    month                DATE         NOT NULL,
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
    processing_minutes   BIGINT       NOT NULL DEFAULT 0,
    rated                INT          NOT NULL DEFAULT 0,
    rating_sum           INT          NOT NULL DEFAULT 0,
    rated_1              INT          NOT NULL DEFAULT 0,
    rated_2              INT          NOT NULL DEFAULT 0,
    rated_3              INT          NOT NULL DEFAULT 0,
    rated_4              INT          NOT NULL DEFAULT 0,
    rated_5              INT          NOT NULL DEFAULT 0,
    fee_bearing_online   INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_stat_monthly PRIMARY KEY (month, unit_code, procedure_code, channel)
);
CREATE INDEX ix_stat_monthly_province ON stat_monthly (province_code, month);
CREATE INDEX ix_stat_monthly_procedure ON stat_monthly (procedure_code, month);
CREATE INDEX ix_stat_monthly_unit ON stat_monthly (unit_code, month);
CREATE INDEX ix_stat_daily_unit ON stat_daily (unit_code, day);

-- [jooq ignore start] (the code generator only needs the table; the copy is MariaDB's dialect)
INSERT INTO stat_monthly (month, province_code, unit_code, procedure_code, channel, received, finished_on_time,
        finished_late, refused, withdrawn, supplement_requested, paid_online, processing_minutes, rated, rating_sum,
        rated_1, rated_2, rated_3, rated_4, rated_5, fee_bearing_online)
    SELECT DATE_SUB(day, INTERVAL DAYOFMONTH(day) - 1 DAY), MAX(province_code), unit_code, procedure_code, channel,
           SUM(received), SUM(finished_on_time), SUM(finished_late), SUM(refused), SUM(withdrawn),
           SUM(supplement_requested), SUM(paid_online), SUM(processing_minutes), SUM(rated), SUM(rating_sum),
           SUM(rated_1), SUM(rated_2), SUM(rated_3), SUM(rated_4), SUM(rated_5), SUM(fee_bearing_online)
    FROM stat_daily
    GROUP BY DATE_SUB(day, INTERVAL DAYOFMONTH(day) - 1 DAY), unit_code, procedure_code, channel;
-- [jooq ignore stop]
