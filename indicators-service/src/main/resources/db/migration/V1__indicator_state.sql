-- Incremental aggregates of SETTLED, not reversed settlements: indicators read these, never raw settlements.
-- payment_method is '' when the settlement had none; month is the first day of the settlementTime month
-- (Asia/Shanghai). Sums may exceed a single record's numeric(14,2), hence numeric(18,2).
create table settlement_aggregate (
    region_code                varchar(6)    not null,
    insurance_type             varchar(8)    not null,
    month                      date          not null,
    medical_type               varchar(8)    not null,
    payment_method             varchar(16)   not null,
    settlement_count           bigint        not null default 0,
    total_cost                 numeric(18,2) not null default 0,
    policy_scope_cost          numeric(18,2) not null default 0,
    fund_payment               numeric(18,2) not null default 0,
    serious_illness_payment    numeric(18,2) not null default 0,
    medical_assistance_payment numeric(18,2) not null default 0,
    personal_account_payment   numeric(18,2) not null default 0,
    cash_payment               numeric(18,2) not null default 0,
    primary key (region_code, insurance_type, month, medical_type, payment_method)
);

-- One row per settlement seen: what was added, so a reversal subtracts exactly that, once.
create table settlement_state (
    institution_code           varchar(20)   not null,
    settlement_id              varchar(40)   not null,
    reversed                   boolean       not null,
    counted                    boolean       not null,
    region_code                varchar(6)    not null,
    insurance_type             varchar(8)    not null,
    month                      date          not null,
    medical_type               varchar(8)    not null,
    payment_method             varchar(16)   not null,
    total_cost                 numeric(14,2) not null,
    policy_scope_cost          numeric(14,2) not null,
    fund_payment               numeric(14,2) not null,
    serious_illness_payment    numeric(14,2) not null,
    medical_assistance_payment numeric(14,2) not null,
    personal_account_payment   numeric(14,2) not null,
    cash_payment               numeric(14,2) not null,
    settled_event_id           varchar(64),
    reversed_event_id          varchar(64),
    updated_at                 timestamptz   not null default now(),
    primary key (institution_code, settlement_id)
);

-- Events of upserting topics already applied (enrollments, flags, flag reviews): re-delivery is a no-op.
create table processed_event (
    event_id     varchar(64) not null,
    topic        varchar(40) not null,
    processed_at timestamptz not null default now(),
    primary key (event_id)
);

-- Enrollment state by identity (idNumberHash, insuranceType, regionCode, startDate); latest event wins.
create table enrollment (
    id_number_hash varchar(64) not null,
    insurance_type varchar(8)  not null,
    region_code    varchar(6)  not null,
    start_date     date        not null,
    end_date       date,
    status         varchar(12) not null,
    updated_at     timestamptz not null default now(),
    primary key (id_number_hash, insurance_type, region_code, start_date)
);
create index enrollment_region_status on enrollment (region_code, status, start_date);

-- Flags by id with their latest status; status_at orders flags.v1 and flag-reviews.v1 updates.
create table flag (
    id               varchar(64)   not null primary key,
    rule_code        varchar(40)   not null,
    region_code      varchar(6)    not null,
    insurance_type   varchar(8),
    settlement_id    varchar(40),
    institution_code varchar(20),
    amount_at_risk   numeric(14,2) not null,
    period_date      date          not null,
    status           varchar(12)   not null,
    status_at        timestamptz   not null,
    detected_at      timestamptz
);
create index flag_region_period on flag (region_code, period_date);

create table flag_review (
    event_id         varchar(64)   not null primary key,
    flag_id          varchar(64)   not null,
    decision         varchar(12)   not null,
    recovered_amount numeric(14,2),
    reviewed_at      timestamptz   not null
);
