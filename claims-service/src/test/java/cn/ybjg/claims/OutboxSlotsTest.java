package cn.ybjg.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.ybjg.claims.outbox.OutboxMessage;
import cn.ybjg.claims.outbox.OutboxRelay;
import cn.ybjg.claims.outbox.OutboxSlots;
import cn.ybjg.claims.outbox.OutboxWriter;
import cn.ybjg.claims.outbox.RelayProducers;
import cn.ybjg.kit.KafkaClientSettings;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;

/**
 * The outbox without deletes, against the real database and broker: a transaction that commits after a younger one
 * is not skipped by the cursor, every event arrives once, and relayed slots are truncated so the table stays small.
 */
@QuarkusTest
class OutboxSlotsTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    KafkaClientSettings kafka;

    @Test
    void aLateCommitIsNotSkippedEveryEventArrivesOnceAndRelayedSlotsAreTruncated() throws Exception {
        String key = UUID.randomUUID().toString().replace("-", "");
        List<OutboxMessage> older = messages(key, 3);
        List<OutboxMessage> younger = messages(key, 4);
        try (KafkaConsumer<String, String> consumer = OutboxKafkaTest.consumerAtEnd(kafka);
             Producer<String, String> producer = RelayProducers.create(kafka.connection(), 10_000);
             Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            OutboxRelay relay = new OutboxRelay(dataSource, producer, 2, 30_000, new OutboxSlots(1, 0));
            relay.drainAll();
            first.setAutoCommit(false);
            OutboxWriter.append(first, older);      // the older transaction stays open ...
            second.setAutoCommit(false);
            OutboxWriter.append(second, younger);   // ... while a younger one commits
            second.commit();
            relay.drainAll();
            assertEquals(4, pending(key), "the younger transaction's events wait while the older one is open");
            first.commit();
            relay.drainAll();
            assertEquals(0, pending(key));

            List<ConsumerRecord<String, String>> seen = OutboxKafkaTest.readUntil(consumer, 7, Set.of(key)).values()
                    .stream().flatMap(List::stream).sorted(Comparator.comparingLong(ConsumerRecord::offset)).toList();
            List<String> sent = new ArrayList<>();
            older.forEach(m -> sent.add(m.payload()));
            younger.forEach(m -> sent.add(m.payload()));
            assertEquals(sent, seen.stream().map(ConsumerRecord::value).toList(),
                    "each event once, byte for byte, the older transaction's first (one key: one partition)");

            relay.drainOnce();   // retire the slot the events were written to, then truncate it
            relay.drainOnce();
            assertEquals(0, count("SELECT count(*) FROM outbox WHERE msg_key = '" + key + "'"), "relayed rows are gone");
            assertNull(single("SELECT retiring_slot FROM outbox_relay"), "no slot waits for truncation");
        }
    }

    static List<OutboxMessage> messages(String key, int n) {
        List<OutboxMessage> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            // a backslash, a tab and a newline in the payload: COPY's text format must carry them unchanged
            out.add(new OutboxMessage(id, "settlements.v1", key, "{\"eventId\":\"" + id + "\",\t\r\n\"note\":\"a\\\\b\"}"));
        }
        return out;
    }

    long pending(String key) throws SQLException {
        return count("SELECT count(*) FROM outbox_pending WHERE msg_key = '" + key + "'");
    }

    long count(String sql) throws SQLException {
        return ((Number) single(sql)).longValue();
    }

    Object single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
