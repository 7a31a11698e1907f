package cn.ybjg.claims.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps the outbox small without VACUUM: writers fill one of two slot tables; when enough of the active slot has
 * been relayed (or the relay caught up and the slot is old enough) the other slot becomes the active one, and the
 * retired slot is TRUNCATEd as soon as every row in it is behind the cursor. A truncation changes catalog rows, so
 * rotations are spaced by rows or time rather than done at every catch-up.
 */
public final class OutboxSlots {

    private static final String TRY_LOCK = "SELECT pg_try_advisory_xact_lock(hashtext('claims.outbox.relay'))";
    private static final String STATE = """
            SELECT retiring_slot, cursor_id - active_from_id,
                   extract(epoch FROM now() - rotated_at) FROM outbox_relay""";
    private static final String ROTATE = """
            UPDATE outbox_relay SET retiring_slot = active_slot, active_slot = 1 - active_slot, rotated_at = now(),
                   active_from_id = (SELECT last_value FROM outbox_event_seq)""";
    private static final String UNRELAYED = """
            SELECT EXISTS (SELECT FROM outbox_%d o, outbox_relay r WHERE (o.xid, o.id) > (r.cursor_xid, r.cursor_id))""";
    /** PostgreSQL's lock_not_available: another session reads or writes the slot; try again next round. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private final long rotateRows;
    private final long rotateIdleSeconds;

    /**
     * @param rotateRows        rows relayed from the active slot after which it is retired
     * @param rotateIdleSeconds age after which a slot with relayed rows is retired once the relay has caught up
     */
    public OutboxSlots(long rotateRows, long rotateIdleSeconds) {
        this.rotateRows = rotateRows;
        this.rotateIdleSeconds = rotateIdleSeconds;
    }

    /** The relay's lock, held until the end of the caller's transaction; false when another relay holds it. */
    static boolean tryLock(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(TRY_LOCK)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Truncates a fully relayed retired slot, or retires the active one when it is due; one short transaction. */
    void maintain(Connection connection, boolean caughtUp) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            if (tryLock(connection)) {
                step(s, caughtUp);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                throw e;
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void step(Statement s, boolean caughtUp) throws SQLException {
        Integer retiring;
        long relayedFromActive;
        double age;
        try (ResultSet rs = s.executeQuery(STATE)) {
            rs.next();
            retiring = rs.getObject(1, Integer.class);
            relayedFromActive = rs.getLong(2);
            age = rs.getDouble(3);
        }
        if (retiring != null) {
            // The lock first: then no writer is inside the slot, and the check below sees every row it holds.
            s.execute("SET LOCAL lock_timeout = '200ms'");
            s.execute("LOCK TABLE outbox_" + retiring + " IN ACCESS EXCLUSIVE MODE");
            try (ResultSet rs = s.executeQuery(UNRELAYED.formatted(retiring))) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return;
                }
            }
            s.execute("TRUNCATE outbox_" + retiring);
            s.executeUpdate("UPDATE outbox_relay SET retiring_slot = NULL");
        } else if (relayedFromActive >= rotateRows || caughtUp && relayedFromActive > 0 && age >= rotateIdleSeconds) {
            s.executeUpdate(ROTATE);
        }
    }
}
