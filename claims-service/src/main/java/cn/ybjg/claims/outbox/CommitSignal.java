package cn.ybjg.claims.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Wakes the idle relay when a transaction that wrote outbox rows commits ({@code NOTIFY outbox} from
 * {@link OutboxWriter}), instead of polling. Holds one listening connection; after a database error it reconnects
 * on the next wait, and until then waits the whole time-out, so the relay still polls.
 */
final class CommitSignal implements AutoCloseable {

    private final DataSource dataSource;
    private Connection listening;

    CommitSignal(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns when an outbox write committed, or after {@code millis}. */
    void await(int millis) throws InterruptedException {
        try {
            if (listening == null) {
                listening = dataSource.getConnection();
                try (Statement s = listening.createStatement()) {
                    s.execute("LISTEN " + OutboxWriter.CHANNEL);
                }
            }
            listening.unwrap(PGConnection.class).getNotifications(millis);
        } catch (SQLException e) {
            close();
            Thread.sleep(millis);
        }
    }

    @Override
    public void close() {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException ignored) {
                // the connection is gone either way
            }
            listening = null;
        }
    }
}
