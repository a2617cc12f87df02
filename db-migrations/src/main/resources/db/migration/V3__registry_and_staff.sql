-- The sandbox National Residents Database (Cơ sở dữ liệu quốc gia về dân cư): generated residents
-- grouped in households. Ward codes are the 2025 administrative units; birth_province_code is the
-- 3-digit code of the former (63) province where the birth was registered, as in the ID number.
CREATE TABLE resident (
    id_number             CHAR(12)     NOT NULL,
    full_name             VARCHAR(100) NOT NULL,
    birth_date            DATE         NOT NULL,
    gender                VARCHAR(6)   NOT NULL,
    ethnicity             VARCHAR(30)  NOT NULL,
    nationality           VARCHAR(30)  NOT NULL,
    birth_province_code   CHAR(3)      NOT NULL,
    permanent_ward_code   VARCHAR(5)   NOT NULL,
    permanent_address     VARCHAR(200) NOT NULL,
    current_ward_code     VARCHAR(5)   NOT NULL,
    current_address       VARCHAR(200) NOT NULL,
    household_id          VARCHAR(12)  NOT NULL,
    relation_to_head      VARCHAR(12)  NOT NULL,
    father_id_number      CHAR(12),
    mother_id_number      CHAR(12),
    spouse_id_number      CHAR(12),
    CONSTRAINT pk_resident PRIMARY KEY (id_number)
);

CREATE INDEX ix_resident_household ON resident (household_id);

-- Every read of a resident's registry data: who, when, for what (dossier code) and which fields.
CREATE TABLE registry_access (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    id_number     CHAR(12)     NOT NULL,
    accessed_at   TIMESTAMP(6) NOT NULL,
    accessor      VARCHAR(100) NOT NULL,
    accessor_name VARCHAR(150) NOT NULL,
    purpose       VARCHAR(200) NOT NULL,
    dossier_code  VARCHAR(40),
    fields        VARCHAR(500) NOT NULL,
    CONSTRAINT pk_registry_access PRIMARY KEY (id)
);

CREATE INDEX ix_registry_access_resident ON registry_access (id_number, accessed_at);

-- Staff directory: units keyed by agency kind and administrative unit (ca-xa-00004,
-- ubnd-tinh-01, bhxh-tinh-01), staff linked to their personal ID number, roles per member.
CREATE TABLE staff_unit (
    code       VARCHAR(60)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    CONSTRAINT pk_staff_unit PRIMARY KEY (code)
);

CREATE TABLE staff_member (
    id_number  CHAR(12)     NOT NULL,
    full_name  VARCHAR(100) NOT NULL,
    unit_code  VARCHAR(60)  NOT NULL,
    title      VARCHAR(100) NOT NULL,
    CONSTRAINT pk_staff_member PRIMARY KEY (id_number),
    CONSTRAINT fk_staff_member_unit FOREIGN KEY (unit_code) REFERENCES staff_unit (code)
);

CREATE TABLE staff_role (
    id_number  CHAR(12)    NOT NULL,
    role       VARCHAR(12) NOT NULL,
    CONSTRAINT pk_staff_role PRIMARY KEY (id_number, role),
    CONSTRAINT fk_staff_role_member FOREIGN KEY (id_number) REFERENCES staff_member (id_number)
);

-- Sandbox VNeID accounts (only the vneid-sandbox identity provider reads this): account level
-- and the BCrypt hash of the passcode.
CREATE TABLE vneid_sandbox_account (
    id_number     CHAR(12)    NOT NULL,
    level         TINYINT     NOT NULL,
    passcode_hash VARCHAR(100) NOT NULL,
    CONSTRAINT pk_vneid_sandbox_account PRIMARY KEY (id_number)
);
