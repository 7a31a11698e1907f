package cn.ybjg.claims.outbox;

import java.sql.Array;
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
 * Moves one batch of outbox rows to Kafka: locks the oldest rows ({@code FOR UPDATE SKIP LOCKED}), sends them
 * all, waits for every acknowledgement (acks=all), then deletes them in the same transaction. If anything
 * fails the transaction rolls back and the rows are sent again later: at-least-once, de-duplicated by
 * consumers on the payload's stable eventId.
 */
public final class OutboxRelay {

    private static final String LOCK = "SELECT id, topic, msg_key, payload FROM outbox ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String DELETE = "DELETE FROM outbox WHERE id = ANY (?)";
    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final long ackTimeoutMillis;

    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, int batchSize, long ackTimeoutMillis) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.batchSize = batchSize;
        this.ackTimeoutMillis = ackTimeoutMillis;
    }

    /** Relays at most one batch; returns how many events Kafka acknowledged and were removed from the outbox. */
    public int drainOnce() throws SQLException, RelayException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Long> ids = new ArrayList<>();
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                    lock.setInt(1, batchSize);
                    try (ResultSet rs = lock.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                            Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(rs.getString(2), rs.getString(3), rs.getString(4)));
                            if (ack.isDone()) {
                                awaitAll(List.of(ack)); // failed at once (e.g. no metadata): stop, don't wait per row
                            }
                            acks.add(ack);
                        }
                    }
                }
                if (ids.isEmpty()) {
                    connection.commit();
                    return 0;
                }
                producer.flush();
                awaitAll(acks);
                try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                    Array array = connection.createArrayOf("bigint", ids.toArray());
                    delete.setArray(1, array);
                    delete.executeUpdate();
                }
                connection.commit();
                return ids.size();
            } catch (SQLException | RelayException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Drains until the outbox is empty; returns the number of events relayed. */
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

    /** Kafka could not take the batch; the rows stay in the outbox. */
    public static class RelayException extends Exception {
        public RelayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
