-- The procedure catalogue: one row per administrative procedure (thủ tục hành chính). The columns
-- hold what lists, filters and sorting need; entry_json holds the whole structured entry for the
-- detail page. content_hash makes reloading idempotent.
CREATE TABLE procedure_entry (
    code                VARCHAR(20)   NOT NULL,
    title               VARCHAR(1000) NOT NULL,
    sector              VARCHAR(300),
    levels              VARCHAR(64)   NOT NULL,
    competent_agency    VARCHAR(500),
    implementing_agency VARCHAR(500),
    online_level        VARCHAR(10),
    deadline_amount     DECIMAL(8, 2),
    deadline_unit       VARCHAR(16),
    fee_vnd             BIGINT,
    paid                BOOLEAN       NOT NULL,
    entry_json          LONGTEXT      NOT NULL,
    content_hash        CHAR(64)      NOT NULL,
    loaded_at           TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_procedure_entry PRIMARY KEY (code)
);

CREATE INDEX ix_procedure_entry_sector ON procedure_entry (sector);

-- Administrative units after the 2025 reform: 34 provinces and their wards/communes.
CREATE TABLE admin_province (
    code      VARCHAR(2)   NOT NULL,
    name      VARCHAR(100) NOT NULL,
    full_name VARCHAR(150) NOT NULL,
    name_en   VARCHAR(100),
    CONSTRAINT pk_admin_province PRIMARY KEY (code)
);

CREATE TABLE admin_ward (
    code          VARCHAR(5)   NOT NULL,
    province_code VARCHAR(2)   NOT NULL,
    name          VARCHAR(100) NOT NULL,
    full_name     VARCHAR(150) NOT NULL,
    name_en       VARCHAR(100),
    CONSTRAINT pk_admin_ward PRIMARY KEY (code),
    CONSTRAINT fk_admin_ward_province FOREIGN KEY (province_code) REFERENCES admin_province (code)
);

CREATE INDEX ix_admin_ward_province ON admin_ward (province_code);

-- The 63 provinces before 2025: their codes still open every personal ID number (số định danh).
CREATE TABLE admin_former_province (
    code             VARCHAR(2)   NOT NULL,
    name             VARCHAR(100) NOT NULL,
    merged_into_code VARCHAR(2)   NOT NULL,
    CONSTRAINT pk_admin_former_province PRIMARY KEY (code),
    CONSTRAINT fk_admin_former_province_merged FOREIGN KEY (merged_into_code) REFERENCES admin_province (code)
);

-- Which derived data set was last loaded, to skip unchanged reloads at startup.
CREATE TABLE reference_data_load (
    data_set     VARCHAR(32)  NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    loaded_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_reference_data_load PRIMARY KEY (data_set)
);
