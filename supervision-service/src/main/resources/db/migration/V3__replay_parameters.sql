-- A dry-run replay may try proposed rule parameters (a backtest) without making a rule version.
alter table replay add column parameters jsonb;
