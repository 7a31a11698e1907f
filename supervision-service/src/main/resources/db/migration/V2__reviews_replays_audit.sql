-- Issue 5: reviews, replays and the append-only audit log.

-- Optimistic locking of a flag (reviews and re-checks never overwrite each other) and what a review recovered.
alter table flag add column version int not null default 0;
alter table flag add column recovered_amount numeric(14,2) check (recovered_amount >= 0);
create index flag_stats on flag (rule_code, rule_version, region_code, period_date);

-- The outbox now carries flags.v1 and flag-reviews.v1 records.
alter table flag_outbox add column topic varchar(60) not null default 'flags.v1';

-- Every review of a flag, kept for good.
create table flag_review (
    id               uuid          primary key,
    flag_id          uuid          not null references flag (id),
    previous_status  varchar(12)   not null,
    decision         varchar(12)   not null check (decision in ('OPEN', 'CONFIRMED', 'DISMISSED')),
    note             varchar(2000),
    recovered_amount numeric(14,2) check (recovered_amount >= 0),
    reviewer         varchar(100)  not null,
    reviewed_at      timestamptz   not null
);
create index flag_review_flag on flag_review (flag_id, reviewed_at);

-- Replays (re-audits of a settlement window) run as background jobs.
create table replay (
    id          uuid         primary key,
    from_date   date         not null,
    to_date     date         not null,
    rule_codes  jsonb        not null,
    dry_run     boolean      not null,
    status      varchar(12)  not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    done        bigint       not null default 0,
    total       bigint       not null default 0,
    result      jsonb,
    error       varchar(2000),
    actor       varchar(100) not null,
    created_at  timestamptz  not null,
    started_at  timestamptz,
    finished_at timestamptz
);

-- Keyset paging of the persons with settlements in a window (index-only, in hash order).
create index settlement_state_person_period on settlement_state (id_number_hash, period_date);

-- Append-only audit trail: rule changes, reviews, replays and supervisors' reads of flags.
create table audit_log (
    id      bigserial    primary key,
    at      timestamptz  not null,
    actor   varchar(100) not null,
    action  varchar(40)  not null,
    target  varchar(200),
    details jsonb        not null
);
create index audit_log_at on audit_log (at desc);
create index audit_log_action on audit_log (action, at desc);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = '42501';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
