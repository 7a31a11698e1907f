-- State the rules need, kept from settlements.v1, enrollments.v1 and deaths.v1 (slim: only rule inputs).
create table settlement_state (
    institution_code  varchar(20)   not null,
    settlement_id     varchar(40)   not null,
    id_number_hash    varchar(64)   not null,
    id_number_masked  varchar(18)   not null,
    person_id         varchar(40)   not null,
    region_code       varchar(6)    not null,
    gender            varchar(1)    not null,
    insurance_type    varchar(8)    not null,
    medical_type      varchar(8)    not null,
    admission_date    date          not null,
    discharge_date    date,
    period_date       date          not null,
    primary_diagnosis varchar(20)   not null,
    drg_code          varchar(10),
    total_cost        numeric(14,2) not null,
    fund_payments     numeric(14,2) not null,
    status            varchar(10)   not null check (status in ('SETTLED', 'REVERSED')),
    primary key (institution_code, settlement_id)
);
create index settlement_state_person on settlement_state (id_number_hash);
create index settlement_state_drg on settlement_state (region_code, drg_code, period_date)
    where drg_code is not null and status = 'SETTLED';

create table enrollment_state (
    id_number_hash   varchar(64) not null,
    insurance_type   varchar(8)  not null,
    region_code      varchar(6)  not null,
    start_date       date        not null,
    end_date         date,
    status           varchar(12) not null check (status in ('ACTIVE', 'SUSPENDED', 'TERMINATED')),
    person_id        varchar(40) not null,
    id_number_masked varchar(18) not null,
    ingested_at      timestamptz not null,
    primary key (id_number_hash, insurance_type, region_code, start_date)
);

create table death_state (
    id_number_hash   varchar(64) primary key,
    date_of_death    date        not null,
    source           varchar(40) not null,
    id_number_masked varchar(18) not null,
    ingested_at      timestamptz not null
);

-- Configured DRG benchmark costs; a group without a row here falls back to the trimmed mean of its settlements.
create table drg_benchmark (
    region_code    varchar(6)    not null,
    drg_code       varchar(10)   not null,
    year           int           not null,
    benchmark_cost numeric(14,2) not null check (benchmark_cost > 0),
    source         varchar(200),
    primary key (region_code, drg_code, year)
);

-- Every version of every rule's parameters; the highest version of a rule is in force.
create table rule_version (
    rule_code  varchar(40) not null,
    version    int         not null,
    enabled    boolean     not null,
    parameters jsonb       not null,
    created_at timestamptz not null,
    created_by varchar(100) not null,
    primary key (rule_code, version)
);

-- One row per (rule, subject), whatever the re-delivery; status OPEN|CONFIRMED|DISMISSED|WITHDRAWN.
create table flag (
    id                uuid          primary key,
    rule_code         varchar(40)   not null,
    subject_key       varchar(300)  not null,
    rule_version      int           not null,
    severity          varchar(12)   not null check (severity in ('DEFINITE', 'SUSPICIOUS')),
    settlement_id     varchar(40),
    institution_code  varchar(20),
    region_code       varchar(6)    not null,
    person_id         varchar(40)   not null,
    id_number_hash    varchar(64)   not null,
    id_number_masked  varchar(18)   not null,
    insurance_type    varchar(8),
    amount_at_risk    numeric(14,2) not null,
    evidence          jsonb         not null,
    detected_at       timestamptz   not null,
    period_date       date          not null,
    status            varchar(12)   not null check (status in ('OPEN', 'CONFIRMED', 'DISMISSED', 'WITHDRAWN')),
    status_changed_at timestamptz   not null,
    constraint flag_rule_subject unique (rule_code, subject_key)
);
create index flag_person on flag (id_number_hash);
create index flag_listing on flag (status, detected_at desc);
create index flag_region on flag (region_code, detected_at desc);

-- Transactional outbox to flags.v1, written in the same transaction as the flag change.
create table flag_outbox (
    id         bigserial   primary key,
    flag_id    uuid        not null,
    event_key  varchar(64) not null,
    payload    text        not null,
    created_at timestamptz not null
);
