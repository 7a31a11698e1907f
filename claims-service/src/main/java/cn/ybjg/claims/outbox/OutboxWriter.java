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

    /** Rows per COPY round trip: bounds the text held in memory, not the batch. */
    static final int CHUNK = 2000;
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
        for (int from = 0; from < messages.size(); from += CHUNK) {
            CopyRows rows = new CopyRows();
            for (OutboxMessage m : messages.subList(from, Math.min(messages.size(), from + CHUNK))) {
                rows.value(slot).value(xid).value(m.eventId()).value(m.topic()).value(m.key()).value(m.payload()).endRow();
            }
            rows.copyInto(connection, copy);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("NOTIFY " + CHANNEL);
        }
    }
}
