-- Issue 8: GET /flags stays fast with millions of flags.
-- Newest-first listing (ORDER BY detected_at DESC, id) reads the first page straight from an index, with or without
-- a region filter.
create index flag_newest on flag (detected_at desc, id);
drop index flag_region;
create index flag_region_newest on flag (region_code, detected_at desc, id);

-- Exact totals without counting the flag table: every statement that writes flags appends its net change per
-- (region, rule, severity, status) here, so a count by those columns is a sum over a few rows. Appending takes no
-- lock another writer waits on; FlagCounts folds the rows together once a minute.
create table flag_count_delta (
    region_code varchar(6)  not null,
    rule_code   varchar(40) not null,
    severity    varchar(12) not null,
    status      varchar(12) not null,
    delta       bigint      not null
);
create index flag_count_delta_key on flag_count_delta (region_code, rule_code, status);

create function flag_count_inserted() returns trigger language plpgsql as $$
begin
    insert into flag_count_delta
    select region_code, rule_code, severity, status, count(*) from new_rows group by 1, 2, 3, 4;
    return null;
end $$;
create function flag_count_updated() returns trigger language plpgsql as $$
begin
    insert into flag_count_delta
    select region_code, rule_code, severity, status, sum(d) from (
        select region_code, rule_code, severity, status, 1 as d from new_rows
        union all
        select region_code, rule_code, severity, status, -1 from old_rows) c
    group by 1, 2, 3, 4 having sum(d) <> 0;
    return null;
end $$;
create function flag_count_deleted() returns trigger language plpgsql as $$
begin
    insert into flag_count_delta
    select region_code, rule_code, severity, status, -count(*) from old_rows group by 1, 2, 3, 4;
    return null;
end $$;
create trigger flag_count_insert after insert on flag referencing new table as new_rows
    for each statement execute function flag_count_inserted();
create trigger flag_count_update after update on flag referencing old table as old_rows new table as new_rows
    for each statement execute function flag_count_updated();
create trigger flag_count_delete after delete on flag referencing old table as old_rows
    for each statement execute function flag_count_deleted();

insert into flag_count_delta select region_code, rule_code, severity, status, count(*) from flag group by 1, 2, 3, 4;
