-- The streams engine reads rule versions and configured DRG benchmarks from compacted topics (rule-versions.v1,
-- drg-benchmarks.v1, docs/engine.md §4). They leave through the flag outbox in the transaction that changed them,
-- so a rule change is never committed without its record: those rows belong to no flag, and a deleted benchmark
-- is a tombstone (no payload).
alter table flag_outbox alter column flag_id drop not null;
alter table flag_outbox alter column payload drop not null;
