package cn.ybjg.claims.rest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether a failure means "the database cannot be reached right now" (a retry later will do) rather than a
 * bug: walks the cause chain for connection errors (SQL state class 08), a server that is shutting down or
 * starting (57P01, 57P02, 57P03), too many connections (53300), a pool that could not hand out a connection in
 * time, or a refused TCP connection. Pure logic, no Quarkus.
 */
public final class DatabaseOutage {

    static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final String HIBERNATE_CONNECTION = "org.hibernate.exception.JDBCConnectionException";

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (unavailable(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.put(next, Boolean.TRUE) == null;
                        next = next.getNextException()) {
                    if (unavailable(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean unavailable(Throwable t) {
        if (t instanceof ConnectException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || HIBERNATE_CONNECTION.equals(t.getClass().getName())) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                return true;
            }
            String message = sql.getMessage();
            return message != null && message.startsWith("Acquisition timeout");
        }
        return false;
    }
}
