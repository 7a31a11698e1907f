-- Issue 7: the access log of supervisors' settlement reads (who, what query, how many rows). Append-only: the code
-- only inserts, and these triggers refuse UPDATE, DELETE and TRUNCATE whatever the code does.
create table access_log (
    id      bigserial    primary key,
    at      timestamptz  not null,
    actor   varchar(100) not null,
    action  varchar(40)  not null,
    target  varchar(200),
    details jsonb        not null
);
create index access_log_at on access_log (at desc);

create function access_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only: % is not allowed', tg_op using errcode = '42501';
end $$;
create trigger access_log_no_update before update or delete on access_log
    for each row execute function access_log_append_only();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_append_only();
