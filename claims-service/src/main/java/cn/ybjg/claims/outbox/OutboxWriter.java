package cn.ybjg.claims.outbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Appends events to the outbox table on the caller's connection, i.e. inside the caller's transaction. */
public final class OutboxWriter {

    static final int CHUNK = 2000;
    private static final String INSERT = """
            INSERT INTO outbox (event_id, topic, msg_key, payload)
            SELECT r.event_id, r.topic, r.msg_key, r.payload
            FROM ROWS FROM (jsonb_to_recordset(?::jsonb) AS (event_id uuid, topic text, msg_key text, payload text))
                 WITH ORDINALITY AS r(event_id, topic, msg_key, payload, n)
            ORDER BY r.n""";

    private OutboxWriter() {
    }

    public static void append(Connection connection, List<OutboxMessage> messages) throws SQLException {
        for (int from = 0; from < messages.size(); from += CHUNK) {
            ArrayNode rows = JsonRows.array();
            for (OutboxMessage m : messages.subList(from, Math.min(messages.size(), from + CHUNK))) {
                rows.addObject().put("event_id", m.eventId().toString()).put("topic", m.topic())
                        .put("msg_key", m.key()).put("payload", m.payload());
            }
            JsonRows.query(connection, INSERT, rows, rs -> null);
        }
    }
}
