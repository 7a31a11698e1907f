package cn.ybjg.claims.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Appends events to the outbox on the caller's connection, i.e. inside the caller's transaction: {@code COPY} into
 * the slot table writers fill now, tagged with the transaction's id, and a {@code NOTIFY} that wakes the relay when
 * the transaction commits (V5 migration, {@link OutboxRelay}).
 */
public final class OutboxWriter {

    public static final String CHANNEL = "outbox";
    private static final String SLOT = "SELECT pg_current_xact_id()::text::bigint, active_slot FROM outbox_relay";

    private OutboxWriter() {
    }

    public static void append(Connection connection, List<OutboxMessage> messages) throws SQLException {
        if (messages.isEmpty()) {
            return;
        }
        long xid;
        int slot;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SLOT)) {
            rs.next();
            xid = rs.getLong(1);
            slot = rs.getInt(2);
        }
        String copy = "COPY outbox_" + slot + " (slot, xid, event_id, topic, msg_key, payload) FROM STDIN";
        CopyRows.copy(connection, copy, messages,
                (rows, m) -> rows.value(slot).value(xid).value(m.eventId()).value(m.topic()).value(m.key()).value(m.payload()));
        try (Statement s = connection.createStatement()) {
            s.execute("NOTIFY " + CHANNEL);
        }
    }
}
