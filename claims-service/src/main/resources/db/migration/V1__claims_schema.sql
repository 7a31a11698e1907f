-- Settlement records (结算记录). ID numbers only encrypted (AES-GCM) plus keyed hash and mask.
CREATE TABLE settlement (
    id                         bigserial PRIMARY KEY,
    institution_code           varchar(20)   NOT NULL,
    settlement_id              varchar(40)   NOT NULL,
    region_code                char(6)       NOT NULL,
    person_id                  varchar(40)   NOT NULL,
    id_number_enc              bytea         NOT NULL,
    id_number_hash             char(64)      NOT NULL,
    id_number_masked           char(18)      NOT NULL,
    gender                     char(1)       NOT NULL,
    birth_date                 date          NOT NULL,
    insurance_type             varchar(8)    NOT NULL,
    medical_type               varchar(8)    NOT NULL,
    admission_date             date          NOT NULL,
    discharge_date             date,
    settlement_time            timestamptz   NOT NULL,
    settlement_date            date          NOT NULL,  -- settlementTime's date in Asia/Shanghai
    primary_diagnosis          varchar(20)   NOT NULL,
    secondary_diagnoses        jsonb         NOT NULL DEFAULT '[]',
    procedures                 jsonb         NOT NULL DEFAULT '[]',
    drg_code                   varchar(10),
    payment_method             varchar(12),
    total_cost                 numeric(14,2) NOT NULL,
    policy_scope_cost          numeric(14,2) NOT NULL,
    fund_payment               numeric(14,2) NOT NULL,
    serious_illness_payment    numeric(14,2) NOT NULL,
    medical_assistance_payment numeric(14,2) NOT NULL,
    personal_account_payment   numeric(14,2) NOT NULL,
    cash_payment               numeric(14,2) NOT NULL,
    lines                      jsonb         NOT NULL DEFAULT '[]',
    status                     varchar(10)   NOT NULL,
    ingested_at                timestamptz   NOT NULL,
    reversed_at                timestamptz,
    content_hash               char(64)      NOT NULL,
    CONSTRAINT settlement_key UNIQUE (institution_code, settlement_id)
);
CREATE INDEX settlement_person ON settlement (person_id, settlement_date);
CREATE INDEX settlement_region_date ON settlement (region_code, settlement_date);
CREATE INDEX settlement_institution_date ON settlement (institution_code, settlement_date);
CREATE INDEX settlement_date_id ON settlement (settlement_date DESC, id DESC);

-- 参保登记: identity (idNumber, insuranceType, regionCode, startDate), matched through the keyed hash.
CREATE TABLE enrollment (
    id               bigserial PRIMARY KEY,
    id_number_enc    bytea       NOT NULL,
    id_number_hash   char(64)    NOT NULL,
    id_number_masked char(18)    NOT NULL,
    person_id        varchar(40) NOT NULL,
    insurance_type   varchar(8)  NOT NULL,
    region_code      char(6)     NOT NULL,
    start_date       date        NOT NULL,
    end_date         date,
    status           varchar(12) NOT NULL,
    content_hash     char(64)    NOT NULL,
    ingested_at      timestamptz NOT NULL,
    CONSTRAINT enrollment_key UNIQUE (id_number_hash, insurance_type, region_code, start_date)
);

-- 死亡登记: one per person.
CREATE TABLE death_registration (
    id               bigserial PRIMARY KEY,
    id_number_enc    bytea       NOT NULL,
    id_number_hash   char(64)    NOT NULL UNIQUE,
    id_number_masked char(18)    NOT NULL,
    date_of_death    date        NOT NULL,
    source           varchar(40) NOT NULL,
    content_hash     char(64)    NOT NULL,
    ingested_at      timestamptz NOT NULL
);

-- Transactional outbox: written in the same transaction as the fact, relayed to Kafka, then deleted.
CREATE TABLE outbox (
    id         bigserial PRIMARY KEY,
    event_id   uuid        NOT NULL,
    topic      varchar(64) NOT NULL,
    msg_key    varchar(64) NOT NULL,
    payload    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
