-- What the runtime role (${runtime_role}, the datasource user; see application.properties) may do: read and
-- write rows, use the sequences, nothing else. Flyway runs every migration as the owner role (quarkus.flyway.username),
-- which owns all objects, so the runtime role has no DDL right and cannot disable a trigger; it may TRUNCATE only the
-- outbox's two slot tables (V5: the relay empties a slot once everything in it is on Kafka).
-- Repeatable (R__), so it runs after the versioned migrations whatever their numbers; the default privileges
-- below cover every table a later migration creates, so this file only changes when a grant changes.
-- One role for both would give the service DDL rights again (and the REVOKEs below would lock Flyway out).
DO $$
BEGIN
    IF '${runtime_role}' = current_user THEN
        RAISE EXCEPTION 'the runtime role ${runtime_role} must not be the migration role: set quarkus.flyway.username (DB_OWNER_USER) to the owner role';
    END IF;
END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${runtime_role}";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "${runtime_role}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${runtime_role}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "${runtime_role}";
-- Flyway's own history is the owner's business.
REVOKE ALL ON "${flyway:table}" FROM "${runtime_role}";
-- The access log is append-only: the runtime role may add and read rows, never change or remove them (the
-- triggers of V2 refuse it too, for every role that does not own the table).
REVOKE UPDATE, DELETE ON access_log FROM "${runtime_role}";
-- The outbox relay empties a fully relayed slot (outbox/OutboxSlots).
GRANT TRUNCATE ON outbox_0, outbox_1 TO "${runtime_role}";
