package cn.ybjg.kit;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells "the database cannot be reached right now" (a retry later will do: 503 for a request, no dead letter for
 * a consumed record) from a failure of the request or the records. Walks the cause chain and each SQLException's
 * next exceptions, cycle-safe, for: a refused TCP connection; SQL state class 08 (connection exception) and 57P
 * (server shutting down or starting); 53300 (too many connections); a pool that had no connection in time; a
 * Hibernate connection failure; and a commit that fails (bad data fails its statement, before the commit).
 */
public final class DatabaseOutage {

    private static final Set<String> OUTAGE_TYPES = Set.of("org.hibernate.exception.JDBCConnectionException",
            "jakarta.transaction.RollbackException");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (outage(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.put(next, Boolean.TRUE) == null;
                        next = next.getNextException()) {
                    if (outage(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean outage(Throwable t) {
        String type = t.getClass().getName();
        if (t instanceof ConnectException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || OUTAGE_TYPES.contains(type)
                || type.startsWith("jakarta.transaction.Heuristic")) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
                return true;
            }
            String message = String.valueOf(sql.getMessage());
            return message.startsWith("Acquisition timeout") || message.contains("connection has been closed");
        }
        return false;
    }
}
