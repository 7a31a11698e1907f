-- PostgreSQL may run with autovacuum off (as on the machines this project is tested on), and the product must not
-- depend on it (issue 13). flag_count_delta is folded once a minute: rather than DELETE, which leaves every folded
-- row behind as a dead tuple until a vacuum, the fold reads the totals, TRUNCATEs the table (a new, empty file) and
-- writes the totals back, under one exclusive lock (FlagCounts.compact). The runtime role needs TRUNCATE on it only.
grant truncate on flag_count_delta to "${runtime_role}";

-- The flag projection updates amounts and evidence of open flags in place. With free space on each page such an
-- update that touches no indexed column is a heap-only tuple, and PostgreSQL prunes the old version when the page is
-- next read, without a vacuum.
alter table flag set (fillfactor = 80);
