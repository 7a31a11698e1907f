-- The outbox no longer deletes what it relayed: with autovacuum off (as on this project's machines) an insert+delete
-- queue only grows. Rows are appended to one of two slot tables; the relay reads past a cursor and, once every row of
-- the slot that writers left is behind the cursor, TRUNCATEs that slot (docs/claims-service.md "Outbox").
--   xid: the writing transaction (pg_current_xact_id). The relay reads only rows whose transaction is older than
--        every transaction still running, so a row can never commit behind the cursor.
ALTER TABLE outbox RENAME TO outbox_v4;

CREATE SEQUENCE outbox_event_seq;
SELECT setval('outbox_event_seq', coalesce((SELECT max(id) FROM outbox_v4), 0) + 1, false);

CREATE TABLE outbox (
    slot       smallint    NOT NULL,
    xid        bigint      NOT NULL,
    id         bigint      NOT NULL DEFAULT nextval('outbox_event_seq'),
    event_id   uuid        NOT NULL,
    topic      varchar(64) NOT NULL,
    msg_key    varchar(64) NOT NULL,
    payload    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (xid, id, slot)
) PARTITION BY LIST (slot);
CREATE TABLE outbox_0 PARTITION OF outbox FOR VALUES IN (0);
CREATE TABLE outbox_1 PARTITION OF outbox FOR VALUES IN (1);

-- One row: where the relay stands, which slot writers fill, which slot waits to be truncated.
CREATE TABLE outbox_relay (
    singleton      boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    cursor_xid     bigint      NOT NULL,
    cursor_id      bigint      NOT NULL,
    active_slot    smallint    NOT NULL CHECK (active_slot IN (0, 1)),
    retiring_slot  smallint    CHECK (retiring_slot IN (0, 1) AND retiring_slot <> active_slot),
    active_from_id bigint      NOT NULL,
    rotated_at     timestamptz NOT NULL
);
INSERT INTO outbox_relay (cursor_xid, cursor_id, active_slot, active_from_id, rotated_at) VALUES (0, 0, 0, 0, now());

-- Events an older version wrote and had not relayed yet: before any new one (xid 1 is older than every real xid).
INSERT INTO outbox (slot, xid, id, event_id, topic, msg_key, payload, created_at)
SELECT 0, 1, id, event_id, topic, msg_key, payload, created_at FROM outbox_v4 ORDER BY id;
DROP TABLE outbox_v4;

-- What Kafka has not acknowledged yet (the backlog).
CREATE VIEW outbox_pending AS
SELECT o.* FROM outbox o, outbox_relay r WHERE (o.xid, o.id) > (r.cursor_xid, r.cursor_id);
