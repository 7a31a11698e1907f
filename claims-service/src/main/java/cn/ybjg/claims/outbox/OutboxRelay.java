package cn.ybjg.claims.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Moves one batch of outbox events to Kafka: reads the rows past the cursor in (transaction id, id) order, sends
 * them all, waits for every acknowledgement (acks=all), then moves the cursor. Nothing is locked but the relay's
 * own advisory lock (one relay at a time over all instances) and nothing is deleted: fully relayed slots are
 * truncated by {@link OutboxSlots}. If anything fails the cursor stays and the rows are sent again later:
 * at-least-once, de-duplicated by consumers on the payload's stable eventId.
 * <p>
 * Only rows of transactions older than every transaction still running are read ({@code xid < xmin} of the
 * statement's snapshot): those transactions have ended, so no row can later commit behind the cursor.
 */
public final class OutboxRelay {

    private static final String CURSOR = "SELECT cursor_xid, cursor_id FROM outbox_relay";
    private static final String NEXT = """
            SELECT xid, id, topic, msg_key, payload FROM outbox
            WHERE (xid, id) > (?, ?) AND xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
            ORDER BY xid, id LIMIT ?""";
    private static final String ADVANCE = "UPDATE outbox_relay SET cursor_xid = ?, cursor_id = ?";
    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final long ackTimeoutMillis;
    private final OutboxSlots slots;

    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, int batchSize, long ackTimeoutMillis,
                       OutboxSlots slots) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.batchSize = batchSize;
        this.ackTimeoutMillis = ackTimeoutMillis;
        this.slots = slots;
    }

    /** Relays at most one batch; returns how many events Kafka acknowledged (0 also while another relay runs). */
    public int drainOnce() throws SQLException, RelayException {
        int relayed;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                relayed = relayBatch(connection);
                connection.commit();
            } catch (SQLException | RelayException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            slots.maintain(connection, relayed < batchSize);
        }
        return relayed;
    }

    private int relayBatch(Connection connection) throws SQLException, RelayException {
        if (!OutboxSlots.tryLock(connection)) {
            return 0;
        }
        long xid;
        long id;
        try (PreparedStatement cursor = connection.prepareStatement(CURSOR); ResultSet rs = cursor.executeQuery()) {
            rs.next();
            xid = rs.getLong(1);
            id = rs.getLong(2);
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (PreparedStatement next = connection.prepareStatement(NEXT)) {
            next.setLong(1, xid);
            next.setLong(2, id);
            next.setInt(3, batchSize);
            try (ResultSet rs = next.executeQuery()) {
                while (rs.next()) {
                    xid = rs.getLong(1);
                    id = rs.getLong(2);
                    Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(rs.getString(3), rs.getString(4), rs.getString(5)));
                    if (ack.isDone()) {
                        awaitAll(List.of(ack)); // failed at once (e.g. no metadata): stop, don't wait per row
                    }
                    acks.add(ack);
                }
            }
        }
        if (acks.isEmpty()) {
            return 0;
        }
        producer.flush();
        awaitAll(acks);
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
            advance.setLong(1, xid);
            advance.setLong(2, id);
            advance.executeUpdate();
        }
        return acks.size();
    }

    /** Drains until nothing is left to relay; returns the number of events relayed. */
    public int drainAll() throws SQLException, RelayException {
        int total = 0;
        for (int n = drainOnce(); n > 0; n = drainOnce()) {
            total += n;
        }
        return total;
    }

    private void awaitAll(List<Future<RecordMetadata>> acks) throws RelayException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ackTimeoutMillis);
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw new RelayException("Kafka did not acknowledge an event: " + e.getCause().getMessage(), e.getCause());
            } catch (TimeoutException e) {
                throw new RelayException("Kafka did not acknowledge within " + ackTimeoutMillis + " ms", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RelayException("interrupted while waiting for Kafka", e);
            }
        }
    }

    /** Kafka could not take the batch; the cursor stays where it was. */
    public static class RelayException extends Exception {
        public RelayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
