package cn.ybjg.claims;

import cn.ybjg.kit.KafkaClientSettings;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.claims.settlement.SettlementEvent;
import cn.ybjg.claims.outbox.EventJson;
import cn.ybjg.claims.outbox.OutboxRelay;
import cn.ybjg.claims.outbox.OutboxSlots;
import cn.ybjg.claims.outbox.RelayProducers;
import cn.ybjg.claims.privacy.IdProtector;
import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The outbox against the real broker: while Kafka is unreachable ingestion keeps accepting and events stay
 * in the outbox; a relay against the real broker then drains it and every event arrives exactly once, keyed
 * by idNumberHash, with the documented payload. (The shared broker is never stopped: the outage is a relay
 * whose bootstrap address has no broker.)
 */
@QuarkusTest
class OutboxKafkaTest {

    static final List<String> TOPICS = List.of("settlements.v1", "enrollments.v1", "deaths.v1");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    IdProtector protector;
    @Inject
    KafkaClientSettings kafka;

    @Test
    void outageKeepsEventsInTheOutboxAndTheDrainDeliversEachOnceWithItsKey() throws Exception {
        try (KafkaConsumer<String, String> consumer = consumerAtEnd(kafka)) {
            String inst = TestRecords.institution();
            String idA = TestRecords.idNumber();
            String idB = TestRecords.idNumber();
            while (idB.equals(idA)) {
                idB = TestRecords.idNumber();
            }
            Map<UUID, String> expectedKeys = new HashMap<>();
            Properties nowhere = kafka.connection();
            nowhere.put("bootstrap.servers", "127.0.0.1:1");
            try (Producer<String, String> dead = RelayProducers.create(nowhere, 1500)) {
                OutboxRelay down = new OutboxRelay(dataSource, dead, 500, 3000, new OutboxSlots(50_000, 30));
                submit("[" + TestRecords.settlement("K1", inst, idA) + "," + TestRecords.settlement("K2", inst, idB) + "]");
                assertThrows(Exception.class, down::drainOnce, "no broker: the relay fails and rolls back");
                submit("[" + TestRecords.settlement("K3", inst, idA) + "]");   // ingestion keeps accepting
                given().auth().oauth2(Tokens.admin()).post("/api/v1/settlements/" + inst + "/K1/reversal")
                        .then().statusCode(200);
                String person = TestRecords.unique("P");
                given().auth().oauth2(Tokens.registry()).contentType("application/json")
                        .body("[{\"personId\":\"" + person + "\",\"idNumber\":\"" + idA + "\",\"insuranceType\":\"310\","
                                + "\"regionCode\":\"431000\",\"startDate\":\"2024-01-01\",\"endDate\":null,\"status\":\"ACTIVE\"}]")
                        .post("/api/v1/enrollments").then().statusCode(200).body("accepted", equalTo(1));
                given().auth().oauth2(Tokens.registry()).contentType("application/json")
                        .body("[{\"idNumber\":\"" + idB + "\",\"dateOfDeath\":\"2025-06-01\",\"source\":\"CIVIL_AFFAIRS\"}]")
                        .post("/api/v1/death-registrations").then().statusCode(200);
                assertThrows(Exception.class, down::drainOnce);
            }
            for (String sid : List.of("K1", "K2", "K3")) {
                expectedKeys.put(SettlementEvent.eventId(inst, sid, "SETTLED"), protector.hash(sid.equals("K2") ? idB : idA));
            }
            expectedKeys.put(SettlementEvent.eventId(inst, "K1", "REVERSED"), protector.hash(idA));
            List<UUID> pendingRegistry = pendingEventIds(Set.of(protector.hash(idA), protector.hash(idB)));
            assertEquals(2, pendingRegistry.size(), "the enrollment and the death wait in the outbox");
            for (String sid : List.of("K1", "K2", "K3")) {
                assertTrue(pending(SettlementEvent.eventId(inst, sid, "SETTLED")), sid + " still pending after the outage");
            }
            assertTrue(pending(SettlementEvent.eventId(inst, "K1", "REVERSED")));

            try (Producer<String, String> live = RelayProducers.create(kafka.connection(), 10_000)) {
                new OutboxRelay(dataSource, live, 500, 30_000, new OutboxSlots(50_000, 30)).drainAll();
            }
            for (UUID id : expectedKeys.keySet()) {
                assertFalse(pending(id), "drained");
            }

            Map<UUID, List<ConsumerRecord<String, String>>> seen = readUntil(consumer, expectedKeys.size() + 2,
                    Set.of(protector.hash(idA), protector.hash(idB)));
            for (Map.Entry<UUID, String> e : expectedKeys.entrySet()) {
                List<ConsumerRecord<String, String>> copies = seen.get(e.getKey());
                assertEquals(1, copies == null ? 0 : copies.size(), "event " + e.getKey() + " arrives exactly once");
                assertEquals(e.getValue(), copies.get(0).key(), "keyed by idNumberHash");
                assertFalse(copies.get(0).value().contains(idA) || copies.get(0).value().contains(idB), "no raw ID number");
            }
            ConsumerRecord<String, String> settled = seen.get(SettlementEvent.eventId(inst, "K1", "SETTLED")).get(0);
            ConsumerRecord<String, String> reversed = seen.get(SettlementEvent.eventId(inst, "K1", "REVERSED")).get(0);
            ConsumerRecord<String, String> k3 = seen.get(SettlementEvent.eventId(inst, "K3", "SETTLED")).get(0);
            assertEquals(settled.partition(), k3.partition(), "one person's events share a partition");
            assertEquals(settled.partition(), reversed.partition());
            assertTrue(settled.offset() < reversed.offset(), "SETTLED before REVERSED");

            JsonNode p = TestRecords.JSON.readTree(settled.value());
            assertEquals(1, p.get("schemaVersion").asInt());
            assertEquals("SETTLED", p.get("status").asText());
            assertTrue(p.get("reversedAt").isNull());
            assertEquals(idA.substring(0, 6) + "********" + idA.substring(14), p.get("idNumberMasked").asText());
            assertFalse(p.has("idNumber"));
            assertTrue(settled.value().contains("\"totalCost\":36500.00"), settled.value());
            assertTrue(settled.value().contains("\"settlementTime\":\"2025-03-09T16:20:00+08:00\""), settled.value());
            assertTrue(settled.value().contains("\"lines\":[{\"code\":\"XB01\",\"category\":\"DRUG\",\"quantity\":2,\"unitPrice\":100.00,\"amount\":200.00}]"));
            assertEquals("2025-03-09", p.get("dischargeDate").asText());
            assertTrue(p.get("ingestedAt").asText().endsWith("+08:00"));
            JsonNode r = TestRecords.JSON.readTree(reversed.value());
            assertEquals("REVERSED", r.get("status").asText());
            assertFalse(r.get("reversedAt").isNull());
            assertTrue(reversed.value().contains("\"totalCost\":36500.00"), "original amounts in the REVERSED event");

            for (UUID id : pendingRegistry) {
                List<ConsumerRecord<String, String>> copies = seen.get(id);
                assertEquals(1, copies == null ? 0 : copies.size(), "registry event " + id + " arrives once");
            }
            ConsumerRecord<String, String> enrollment = byTopic(seen, "enrollments.v1");
            JsonNode en = TestRecords.JSON.readTree(enrollment.value());
            assertEquals(protector.hash(idA), enrollment.key());
            assertEquals("2024-01-01", en.get("startDate").asText());
            assertTrue(en.get("endDate").isNull());
            assertEquals("ACTIVE", en.get("status").asText());
            ConsumerRecord<String, String> death = byTopic(seen, "deaths.v1");
            assertEquals(protector.hash(idB), death.key());
            assertEquals("2025-06-01", TestRecords.JSON.readTree(death.value()).get("dateOfDeath").asText());
            assertEquals(EventJson.eventId("death:" + protector.hash(idB) + ":"
                    + protector.hash(idB + "|2025-06-01|CIVIL_AFFAIRS")).toString(),
                    TestRecords.JSON.readTree(death.value()).get("eventId").asText());
        }
    }

    void submit(String body) {
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(body).post("/api/v1/settlements")
                .then().statusCode(200);
    }

    boolean pending(UUID eventId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox_pending WHERE event_id = ?")) {
            ps.setObject(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }

    List<UUID> pendingEventIds(Set<String> keys) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT event_id FROM outbox_pending WHERE msg_key = ANY (?) AND topic <> 'settlements.v1'")) {
            ps.setArray(1, c.createArrayOf("text", keys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    static ConsumerRecord<String, String> byTopic(Map<UUID, List<ConsumerRecord<String, String>>> seen, String topic) {
        return seen.values().stream().flatMap(List::stream).filter(r -> r.topic().equals(topic)).findFirst().orElseThrow();
    }

    static KafkaConsumer<String, String> consumerAtEnd(KafkaClientSettings kafka) {
        Properties p = kafka.connection();
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            consumer.partitionsFor(topic).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);   // fixes the end offsets now, before anything is published
        return consumer;
    }

    /** Reads records of the given keys until `expected` events were seen, then 2 s more to catch any duplicate. */
    static Map<UUID, List<ConsumerRecord<String, String>>> readUntil(KafkaConsumer<String, String> consumer, int expected,
                                                                    Set<String> keys) throws Exception {
        Map<UUID, List<ConsumerRecord<String, String>>> seen = new HashMap<>();
        long deadline = System.currentTimeMillis() + 60_000;
        long settleUntil = Long.MAX_VALUE;
        while (System.currentTimeMillis() < Math.min(deadline, settleUntil)) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                if (keys.contains(r.key())) {
                    UUID id = UUID.fromString(TestRecords.JSON.readTree(r.value()).get("eventId").asText());
                    seen.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
                }
            }
            if (seen.size() >= expected && settleUntil == Long.MAX_VALUE) {
                settleUntil = System.currentTimeMillis() + 2_000;
            }
        }
        return seen;
    }
}
