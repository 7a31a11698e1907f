package cn.ybjg.indicators.ingest;

import java.net.ConnectException;
import java.sql.SQLException;

/**
 * Tells a failure of the database itself (unreachable, restarting, no connection to be had) from a failure of
 * the records: the first must leave the batch uncommitted for a later retry, never send it to the DLQ.
 */
public final class DatabaseOutage {
    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) return true;
            // A commit that fails is the database going away: bad data fails its statement, before the commit.
            String type = t.getClass().getName();
            if (type.equals("jakarta.transaction.RollbackException") || type.startsWith("jakarta.transaction.Heuristic")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P: the server is shutting down or not accepting connections yet.
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) return true;
                String message = String.valueOf(sql.getMessage());
                if (message.contains("Acquisition timeout") || message.contains("connection has been closed")) return true;
            }
        }
        return false;
    }
}
