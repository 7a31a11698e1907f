package cn.ybjg.supervision.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.supervision.flags.Flag;
import cn.ybjg.supervision.flags.FlagEvent;
import cn.ybjg.supervision.flags.FlagProjection;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The flag projection (flags/FlagProjection) on the real broker and PostgreSQL: a stand-in for the engine
 * ({@link EngineFlags}) writes flags.v1 in Kafka transactions, the projection keeps the flag table equal to them.
 * Only the projection runs here (supervision.flag-projection.enabled), not the streams engine nor the legacy loop.
 * Each test waits for a later "sentinel" flag of the same person (same partition) before it looks, so it knows
 * every record before the sentinel was read, applied or passed over.
 */
@QuarkusTest
@TestProfile(FlagProjectionTest.ProjectionOnly.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlagProjectionTest {

    public static class ProjectionOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Its own group, so the projection reads flags.v1 from the start whoever else used the broker.
            return Map.of("supervision.flag-projection.enabled", "true",
                    "supervision.flag-projection.group-id", "supervision-flag-projection-test-" + UUID.randomUUID(),
                    "supervision.flag-projection.retry-pause", "300ms",
                    "supervision.consumer.enabled", "false");
        }
    }

    static final Duration WAIT = Duration.ofSeconds(60);
    private static EngineFlags engine;

    @Inject
    DataSource dataSource;
    @Inject
    FlagProjection projection;
    @Inject
    Scheduler scheduler;

    /** Made on first use, once the application (and its config) is up. */
    static synchronized EngineFlags engine() {
        if (engine == null) engine = new EngineFlags();
        return engine;
    }

    @AfterAll
    static synchronized void closeProducer() {
        if (engine != null) engine.close();
        engine = null;
    }

    static OffsetDateTime t(String iso) {
        return OffsetDateTime.parse(iso);
    }

    // ---------------------------------------------------------------- committed, aborted, every field

    @Test
    @Order(1)
    void committedEngineFlagsAppearWithEveryFieldAndAbortedOnesNever() throws Exception {
        EngineFlags e = engine();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("fundPayments", new BigDecimal("1234.50"));
        evidence.put("shares", List.of(new BigDecimal("0.10"), new BigDecimal("2.5")));
        evidence.put("admissionDate", "2025-03-01");
        FlagEvent gender = e.settlementFlag("GENDER_MISMATCH", "S" + e.run + "-1", "1234.50", evidence,
                t("2025-03-09T16:21:02.123456+08:00"));
        String duplicateSubject = e.hash + ":310/" + e.region + "/2020-01-01|390/430100/2024-07-01";
        UUID duplicateId = Flag.idOf("DUPLICATE_ENROLLMENT", duplicateSubject);
        FlagEvent duplicate = new FlagEvent(1, UUID.randomUUID(), duplicateId, "DUPLICATE_ENROLLMENT", 3, "DEFINITE",
                null, null, e.region, "P" + e.run, e.hash, "431002********1234", "390", new BigDecimal("880.00"),
                Map.of("enrollments", List.of(
                        Map.of("insuranceType", "310", "regionCode", e.region, "startDate", "2020-01-01"),
                        Map.of("insuranceType", "390", "regionCode", "430100", "startDate", "2024-07-01")),
                        "overlapFrom", "2024-07-01"),
                t("2025-03-10T09:00:00Z"), java.time.LocalDate.of(2024, 7, 1), "OPEN");
        UUID deceasedId = Flag.idOf("DECEASED_ACTIVE", e.hash + ":ENROLLMENT");
        FlagEvent deceased = new FlagEvent(1, UUID.randomUUID(), deceasedId, "DECEASED_ACTIVE", 1, "SUSPICIOUS", null,
                null, e.region, "P" + e.run, e.hash, "431002********1234", null, new BigDecimal("0.00"),
                Map.of("variant", "ENROLLMENT_AFTER_DEATH"), t("2025-03-11T00:00:00+08:00"),
                java.time.LocalDate.of(2025, 2, 14), "OPEN");
        List<RecordMetadata> sent = e.commit(gender, duplicate, deceased);
        FlagEvent notEnrolled = e.settlementFlag("NOT_ENROLLED", "S" + e.run + "-aborted", "77.00", Map.of(),
                t("2025-03-09T10:00:00+08:00"));
        e.abort(notEnrolled, EngineFlags.changed(gender, "OPEN", "9999.99", gender.detectedAt(), t("2025-03-12T00:00:00Z")));
        awaitRow(e.sentinel().id());

        Map<String, Object> row = row(gender.id());
        assertEquals("OPEN", row.get("status"));
        assertEquals(new BigDecimal("1234.50"), row.get("amount_at_risk"));
        assertEquals("H" + e.region + "01:S" + e.run + "-1", row.get("subject_key"));
        assertJsonEquals(EngineFlags.json(evidence), (String) row.get("evidence"));
        assertTrue(((String) row.get("evidence")).contains("1234.50"), "evidence keeps the fen: " + row.get("evidence"));
        assertEquals(gender.detectedAt().toInstant(), ((OffsetDateTime) row.get("detected_at")).toInstant());
        assertEquals(sent.get(0).timestamp(), ((OffsetDateTime) row.get("status_changed_at")).toInstant().toEpochMilli());
        assertEquals(java.time.LocalDate.of(2025, 3, 9), row.get("period_date"));
        assertEquals(0, row.get("version"));
        assertNull(row.get("recovered_amount"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + gender.id()).then().statusCode(200)
                .body("ruleCode", equalTo("GENDER_MISMATCH")).body("ruleVersion", equalTo(1))
                .body("severity", equalTo("DEFINITE")).body("settlementId", equalTo("S" + e.run + "-1"))
                .body("institutionCode", equalTo("H" + e.region + "01")).body("regionCode", equalTo(e.region))
                .body("personId", equalTo("P" + e.run)).body("idNumberMasked", equalTo("431002********1234"))
                .body("insuranceType", equalTo("310")).body("periodDate", equalTo("2025-03-09"))
                .body("status", equalTo("OPEN")).body(containsString("\"amountAtRisk\":1234.50"));

        Map<String, Object> dup = row(duplicateId);
        assertEquals(duplicateSubject, dup.get("subject_key"));
        assertEquals(List.of("DEFINITE", 3, new BigDecimal("880.00"), "390", java.time.LocalDate.of(2024, 7, 1)),
                List.of(dup.get("severity"), dup.get("rule_version"), dup.get("amount_at_risk"), dup.get("insurance_type"),
                        dup.get("period_date")));
        assertNull(dup.get("settlement_id"));
        Map<String, Object> dead = row(deceasedId);
        assertEquals(e.hash + ":ENROLLMENT", dead.get("subject_key"));
        assertEquals(List.of("SUSPICIOUS", new BigDecimal("0.00")), List.of(dead.get("severity"), dead.get("amount_at_risk")));

        assertNull(row(notEnrolled.id()), "a flag of an aborted transaction is never projected");
        given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + notEnrolled.id()).then().statusCode(404);
        assertCountsExact(e.region);
    }

    // ---------------------------------------------------------------- lifecycle

    @Test
    @Order(2)
    void withdrawnAndReopenedFlagsKeepTheirDetectedAt() throws Exception {
        EngineFlags e = engine();
        OffsetDateTime detected = t("2025-04-01T10:00:00.5+08:00");
        FlagEvent open = e.settlementFlag("READMISSION_15D", "S" + e.run + "-re", "500.00", Map.of("days", 9), detected);
        e.commit(open);
        awaitRow(e.sentinel().id());
        int version = (int) row(open.id()).get("version");

        List<RecordMetadata> withdrawn = e.commit(EngineFlags.changed(open, "WITHDRAWN", "500.00", detected, t("2025-04-02T00:00:00Z")));
        awaitRow(e.sentinel().id());
        Map<String, Object> row = row(open.id());
        assertEquals("WITHDRAWN", row.get("status"));
        assertEquals(detected.toInstant(), ((OffsetDateTime) row.get("detected_at")).toInstant());
        assertEquals(withdrawn.get(0).timestamp(), ((OffsetDateTime) row.get("status_changed_at")).toInstant().toEpochMilli());
        assertEquals(version + 1, row.get("version"));
        assertCountsExact(e.region);

        // Re-opened by the engine with another amount; then re-detected later (a rebuilt engine): the first
        // detection stays.
        e.commit(EngineFlags.changed(open, "OPEN", "650.00", detected, t("2025-04-03T00:00:00Z")),
                EngineFlags.changed(open, "OPEN", "700.00", t("2025-05-01T00:00:00Z"), t("2025-05-01T00:00:00Z")));
        awaitRow(e.sentinel().id());
        row = row(open.id());
        assertEquals("OPEN", row.get("status"));
        assertEquals(new BigDecimal("700.00"), row.get("amount_at_risk"));
        assertEquals(detected.toInstant(), ((OffsetDateTime) row.get("detected_at")).toInstant());
        assertEquals(version + 2, row.get("version"), "one batch, one update: the last event of the flag wins");
        assertCountsExact(e.region);
    }

    @Test
    @Order(3)
    void aReDeliveredEventChangesNothing() throws Exception {
        EngineFlags e = engine();
        FlagEvent open = e.settlementFlag("OVERLAPPING_STAY", "S" + e.run + "-again", "321.09", Map.of("kind", "X"),
                t("2025-04-05T10:00:00+08:00"));
        e.commit(open);
        awaitRow(e.sentinel().id());
        Map<String, Object> before = row(open.id());
        long deltas = countDeltaRows(e.region);
        e.commit(open, open);
        awaitRow(e.sentinel().id());
        Map<String, Object> after = row(open.id());
        assertEquals(before.get("version"), after.get("version"), "no update, no version bump");
        assertEquals(before.get("status_changed_at"), after.get("status_changed_at"));
        // The sentinel itself adds one counter row; the re-delivered flag adds none.
        assertEquals(deltas + 1, countDeltaRows(e.region));
        assertCountsExact(e.region);
    }

    // ---------------------------------------------------------------- reviews

    @Test
    @Order(4)
    void reviewedFlagsAreNeverOverwrittenByTheEngine() throws Exception {
        EngineFlags e = engine();
        FlagEvent a = e.settlementFlag("NOT_ENROLLED", "S" + e.run + "-a", "500.00", Map.of(), t("2025-04-10T10:00:00Z"));
        FlagEvent b = e.settlementFlag("GENDER_MISMATCH", "S" + e.run + "-b", "300.00", Map.of(), t("2025-04-10T10:00:00Z"));
        FlagEvent c = e.settlementFlag("DUPLICATE_SETTLEMENT", "S" + e.run + "-c", "50.00", Map.of(), t("2025-04-10T10:00:00Z"));
        e.commit(a, b, c);
        awaitRow(e.sentinel().id());
        review(a.id(), Map.of("decision", "CONFIRMED", "recoveredAmount", 100.00)).then().statusCode(201);
        review(b.id(), Map.of("decision", "DISMISSED", "note", "coding error")).then().statusCode(201);
        int aVersion = (int) row(a.id()).get("version");

        // The engine changes both after the reviews; an old relay's review record (no origin header) for c.
        e.commit(EngineFlags.changed(a, "OPEN", "600.00", a.detectedAt(), t("2025-04-11T00:00:00Z")),
                EngineFlags.changed(b, "WITHDRAWN", "300.00", b.detectedAt(), t("2025-04-11T00:00:00Z")),
                EngineFlags.changed(c, "DISMISSED", "50.00", c.detectedAt(), t("2025-04-11T00:00:00Z")));
        awaitRow(e.sentinel().id());
        Map<String, Object> ra = row(a.id());
        assertEquals(List.of("CONFIRMED", new BigDecimal("500.00"), new BigDecimal("100.00"), aVersion),
                List.of(ra.get("status"), ra.get("amount_at_risk"), ra.get("recovered_amount"), ra.get("version")));
        assertEquals("DISMISSED", row(b.id()).get("status"));
        assertEquals("OPEN", row(c.id()).get("status"), "a review status on flags.v1 is never applied by the projection");
        assertCountsExact(e.region);

        // b re-opened by a review while the outbox relay is held back; the engine then changes b; the relayed
        // review record (the row as the review left it) arrives after that and must not undo the engine's change.
        scheduler.pause();
        try {
            review(b.id(), Map.of("decision", "OPEN", "note", "look again")).then().statusCode(201);
            e.commit(EngineFlags.changed(b, "OPEN", "333.33", b.detectedAt(), t("2025-04-12T00:00:00Z")));
            awaitRow(e.sentinel().id());
            assertEquals(new BigDecimal("333.33"), row(b.id()).get("amount_at_risk"));
        } finally {
            scheduler.resume();
        }
        Eventually.get(WAIT, () -> outboxRows(b.id()), n -> n == 0);
        assertEquals(0, outboxRows(b.id()), "the relay sent b's review records");
        awaitRow(e.sentinel().id());
        Map<String, Object> rb = row(b.id());
        assertEquals(List.of("OPEN", new BigDecimal("333.33")), List.of(rb.get("status"), rb.get("amount_at_risk")));
        assertCountsExact(e.region);
    }

    @Test
    @Order(5)
    void anEngineUpdateBetweenAReviewsReadAndWriteMakesTheReviewFailNotOverwrite() throws Exception {
        EngineFlags e = engine();
        FlagEvent d = e.settlementFlag("NOT_ENROLLED", "S" + e.run + "-d", "100.00", Map.of(), t("2025-04-20T10:00:00Z"));
        e.commit(d);
        awaitRow(e.sentinel().id());
        // What ReviewService does (load, change, flush under the optimistic lock), with the engine in between.
        Exception failure = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Flag f = Flag.findById(d.id());
            try {
                e.commit(EngineFlags.changed(d, "OPEN", "200.00", d.detectedAt(), t("2025-04-21T00:00:00Z")));
            } catch (Exception x) {
                throw new IllegalStateException(x);
            }
            Eventually.get(WAIT, () -> amount(d.id()), v -> v.compareTo(new BigDecimal("200.00")) == 0);
            f.status = Flag.Status.CONFIRMED;
            f.statusChangedAt = OffsetDateTime.now();
            Flag.getEntityManager().flush();
        }));
        assertTrue(causedByOptimisticLock(failure), failure.toString());
        assertEquals(List.of("OPEN", new BigDecimal("200.00")), List.of(row(d.id()).get("status"), row(d.id()).get("amount_at_risk")));
        // Through the API the review then sees the engine's amount and succeeds.
        review(d.id(), Map.of("decision", "CONFIRMED", "recoveredAmount", 200.00)).then().statusCode(201)
                .body("amountAtRisk", equalTo(200.00f));
        assertCountsExact(e.region);
    }

    @Test
    @Order(6)
    void anEngineUpdateWaitingForAReviewsLockIsNotAppliedOverTheReview() throws Exception {
        EngineFlags e = engine();
        FlagEvent g = e.settlementFlag("NOT_ENROLLED", "S" + e.run + "-g", "100.00", Map.of(), t("2025-04-22T10:00:00Z"));
        e.commit(g);
        awaitRow(e.sentinel().id());
        int[] sentinelSeenWhileLocked = {-1};
        QuarkusTransaction.requiringNew().run(() -> {
            Flag f = Flag.findById(g.id());
            f.status = Flag.Status.DISMISSED;
            f.statusChangedAt = OffsetDateTime.now();
            Flag.getEntityManager().flush(); // the row is locked until this transaction ends
            try {
                e.commit(EngineFlags.changed(g, "OPEN", "250.00", g.detectedAt(), t("2025-04-23T00:00:00Z")));
                FlagEvent s = e.sentinel();
                Thread.sleep(2_000);
                sentinelSeenWhileLocked[0] = rowOutsideTransaction(s.id()) == null ? 0 : 1;
            } catch (Exception x) {
                throw new IllegalStateException(x);
            }
        });
        assertEquals(0, sentinelSeenWhileLocked[0], "the projection's batch waited for the review's row lock");
        awaitRow(e.sentinel().id());
        Map<String, Object> row = row(g.id());
        assertEquals(List.of("DISMISSED", new BigDecimal("100.00")), List.of(row.get("status"), row.get("amount_at_risk")));
        assertCountsExact(e.region);
    }

    @Test
    @Order(7)
    void reviewsRacingEngineUpdatesEitherWinCleanlyOrGet409() throws Exception {
        EngineFlags e = engine();
        FlagEvent h = e.settlementFlag("GENDER_MISMATCH", "S" + e.run + "-h", "100.00", Map.of(), t("2025-04-24T10:00:00Z"));
        e.commit(h);
        awaitRow(e.sentinel().id());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Response> call = () -> review(h.id(), Map.of("decision", "CONFIRMED"));
                answers.add(pool.submit(call));
                e.commit(EngineFlags.changed(h, "OPEN", (101 + i) + ".00", h.detectedAt(), t("2025-04-25T00:00:0" + i + "Z")));
            }
            List<Integer> codes = new ArrayList<>();
            Response winner = null;
            for (var f : answers) {
                Response r = f.get();
                codes.add(r.statusCode());
                if (r.statusCode() == 201) winner = r;
            }
            awaitRow(e.sentinel().id());
            Collections.sort(codes);
            assertTrue(codes.stream().allMatch(c -> c == 201 || c == 409), codes.toString());
            assertTrue(codes.stream().filter(c -> c == 201).count() <= 1, codes.toString());
            Map<String, Object> row = row(h.id());
            if (winner != null) {
                // The reviewer's answer shows the row as it is now: no engine change slipped under the review.
                assertEquals("CONFIRMED", row.get("status"));
                assertEquals(new BigDecimal(winner.jsonPath().getString("amountAtRisk")).setScale(2),
                        row.get("amount_at_risk"));
            } else {
                assertEquals(List.of("OPEN", new BigDecimal("104.00")), List.of(row.get("status"), row.get("amount_at_risk")));
            }
        } finally {
            pool.shutdownNow();
        }
        assertCountsExact(e.region);
    }

    // ---------------------------------------------------------------- dead letters

    @Test
    @Order(8)
    void unreadableRecordsGoToTheDlqAndTheNextRecordIsApplied() throws Exception {
        EngineFlags e = engine();
        Map<TopicPartition, Long> dlqEnd = endOffsets(EngineFlags.TOPIC + ".dlq");
        FlagEvent bad = e.settlementFlag("NOT_ENROLLED", "S" + e.run + "-bad", "1.00", Map.of(), t("2025-04-26T10:00:00Z"));
        String invalid = EngineFlags.json(bad).replace("\"DEFINITE\"", "\"HIGH\"");
        String garbage = "not a flag " + e.run;
        FlagEvent good = e.settlementFlag("NOT_ENROLLED", "S" + e.run + "-good", "2.00", Map.of(), t("2025-04-26T10:00:00Z"));
        List<RecordMetadata> sent = e.commit(garbage, invalid, good);
        awaitRow(good.id());
        assertNull(row(bad.id()));

        Map<String, ConsumerRecord<byte[], byte[]>> letters = deadLetters(dlqEnd, List.of(garbage, invalid));
        for (int i = 0; i < 2; i++) {
            String value = i == 0 ? garbage : invalid;
            ConsumerRecord<byte[], byte[]> letter = letters.get(value);
            assertNotNull(letter, "dead letter " + i);
            assertEquals(e.hash, new String(letter.key(), StandardCharsets.UTF_8));
            assertEquals(EngineFlags.TOPIC, header(letter, "dlq-original-topic"));
            assertEquals(String.valueOf(sent.get(i).partition()), header(letter, "dlq-original-partition"));
            assertEquals(String.valueOf(sent.get(i).offset()), header(letter, "dlq-original-offset"));
            assertEquals(projection.groupId(), header(letter, "dlq-consumer-group"));
        }
        assertTrue(header(letters.get(garbage), "dlq-reason").startsWith("unreadable FlagEvent"));
        assertEquals("invalid FlagEvent: severity must be DEFINITE or SUSPICIOUS", header(letters.get(invalid), "dlq-reason"));
        assertTrue(projection.alive());
        assertCountsExact(e.region);
    }

    // ---------------------------------------------------------------- database outage

    @Test
    @Order(9)
    void aBatchWrittenDuringADatabaseOutageIsRetriedUntilPostgresIsBack() throws Exception {
        EngineFlags e = engine();
        FlagEvent m = e.settlementFlag("NOT_ENROLLED", "S" + e.run + "-outage", "42.42", Map.of(), t("2025-04-27T10:00:00Z"));
        RecordMetadata sent;
        try {
            refuseConnections(true);
            sent = e.commit(m).get(0);
            TopicPartition tp = new TopicPartition(EngineFlags.TOPIC, sent.partition());
            long failingSince = Eventually.get(WAIT, projection::failingSinceMillis, v -> v > 0);
            assertTrue(failingSince > 0, "the projection noticed the outage");
            Thread.sleep(2_000); // several retries
            assertTrue(committedOffset(tp) <= sent.offset(), "nothing committed past the unwritten record");
            assertTrue(projection.alive());
        } finally {
            refuseConnections(false);
        }
        awaitRow(m.id());
        assertEquals(new BigDecimal("42.42"), row(m.id()).get("amount_at_risk"));
        TopicPartition tp = new TopicPartition(EngineFlags.TOPIC, sent.partition());
        assertTrue(Eventually.get(WAIT, () -> committedOffset(tp), o -> o > sent.offset()) > sent.offset());
        assertEquals(0L, (long) Eventually.get(WAIT, projection::failingSinceMillis, v -> v == 0));
        assertCountsExact(e.region);
    }

    // ---------------------------------------------------------------- health

    @Test
    @Order(10)
    void readinessAndLivenessSayWhenTheProjectionThreadIsGone() throws Exception {
        String check = "checks.find { it.name == 'supervision flag projection' }";
        given().get("/q/health/ready").then().statusCode(200).body(check + ".status", equalTo("UP"))
                .body(check + ".data.enabled", equalTo(true));
        projection.stop();
        try {
            given().get("/q/health/ready").then().statusCode(503).body(check + ".status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(503).body(check + ".status", equalTo("DOWN"));
        } finally {
            projection.start();
        }
        given().get("/q/health/ready").then().statusCode(200).body(check + ".status", equalTo("UP"));
        // Restarted from the committed offsets: it goes on projecting.
        awaitRow(engine().sentinel().id());
    }

    // ---------------------------------------------------------------- helpers

    static Response review(UUID id, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/flags/" + id + "/reviews");
    }

    /** The flag's row as PostgreSQL holds it, or null. */
    Map<String, Object> row(UUID id) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return row(c, id);
        }
    }

    /** Read on a connection of its own, outside the caller's transaction. */
    Map<String, Object> rowOutsideTransaction(UUID id) throws Exception {
        var config = ConfigProvider.getConfig();
        try (Connection c = connect(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            return row(c, id);
        }
    }

    private static Map<String, Object> row(Connection c, UUID id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("""
                select status, amount_at_risk, subject_key, evidence::text as evidence, detected_at, status_changed_at,
                  period_date, version, recovered_amount, severity, rule_version, insurance_type, settlement_id
                from flag where id = ?""")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    String name = rs.getMetaData().getColumnName(i);
                    Object v = switch (name) {
                        case "detected_at", "status_changed_at" -> rs.getObject(i, OffsetDateTime.class);
                        case "period_date" -> rs.getObject(i, java.time.LocalDate.class);
                        default -> rs.getObject(i);
                    };
                    row.put(name, v);
                }
                return row;
            }
        }
    }

    BigDecimal amount(UUID id) {
        try {
            Map<String, Object> row = rowOutsideTransaction(id);
            return row == null ? BigDecimal.ZERO : (BigDecimal) row.get("amount_at_risk");
        } catch (Exception x) {
            throw new IllegalStateException(x);
        }
    }

    void awaitRow(UUID id) {
        Map<String, Object> row = Eventually.get(WAIT, () -> {
            try {
                return row(id);
            } catch (Exception x) {
                return null; // the database may just be coming back
            }
        }, r -> r != null);
        assertNotNull(row, "flag " + id + " projected");
    }

    long outboxRows(UUID flagId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from flag_outbox where flag_id = ?")) {
            ps.setObject(1, flagId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception x) {
            throw new IllegalStateException(x);
        }
    }

    long countDeltaRows(String region) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from flag_count_delta where region_code = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The counters (flag_count_delta, fed by the V4 triggers) behind X-Total-Count, the counted total, the summary
     * and the table itself agree, status by status.
     */
    void assertCountsExact(String region) throws Exception {
        Map<String, Long> table = new HashMap<>();
        Map<String, Long> counters = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            groupCount(c, "select status, count(*) from flag where region_code = ? group by status", region, table);
            groupCount(c, "select status, sum(delta) from flag_count_delta where region_code = ? group by status", region, counters);
        }
        counters.values().removeIf(v -> v == 0);
        assertEquals(table, counters, "flag_count_delta of region " + region);
        String admin = Tokens.admin();
        for (String status : List.of("OPEN", "CONFIRMED", "DISMISSED", "WITHDRAWN")) {
            long expected = table.getOrDefault(status, 0L);
            given().auth().oauth2(admin).get("/api/v1/flags?size=1&regionCode=" + region + "&status=" + status).then()
                    .statusCode(200).header("X-Total-Count", String.valueOf(expected));
            given().auth().oauth2(admin).get("/api/v1/flags?size=1&from=1900-01-01&regionCode=" + region + "&status=" + status)
                    .then().statusCode(200).header("X-Total-Count", String.valueOf(expected));
            given().auth().oauth2(admin).get("/api/v1/flag-summary?regionCode=" + region + "&status=" + status).then()
                    .statusCode(200).body("groups[0].count", equalTo((int) expected));
        }
        long notWithdrawn = table.entrySet().stream().filter(x -> !x.getKey().equals("WITHDRAWN"))
                .mapToLong(Map.Entry::getValue).sum();
        given().auth().oauth2(admin).get("/api/v1/flags?size=1&regionCode=" + region).then().statusCode(200)
                .header("X-Total-Count", String.valueOf(notWithdrawn));
    }

    private static void groupCount(Connection c, String sql, String region, Map<String, Long> into) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) into.put(rs.getString(1), rs.getLong(2));
            }
        }
    }

    static void assertJsonEquals(String expected, String actual) throws Exception {
        assertEquals(EngineFlags.ENGINE_JSON.readTree(expected), EngineFlags.ENGINE_JSON.readTree(actual));
    }

    static boolean causedByOptimisticLock(Throwable t) {
        for (; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A database outage for this service only: its database refuses new connections (CONNECTION LIMIT 0, answered
     * "too many connections") and the service's open ones are ended, as when PostgreSQL restarts.
     */
    static void refuseConnections(boolean refuse) throws Exception {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String database = url.replaceFirst("^.*/", "").replaceFirst("\\?.*$", "");
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection owner = connect(admin, config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class))) {
            owner.createStatement().execute("alter database \"" + database + "\" connection limit " + (refuse ? 0 : -1));
        }
        if (!refuse) return;
        try (Connection runtime = connect(admin, config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             PreparedStatement ps = runtime.prepareStatement("""
                     select pg_terminate_backend(pid) from pg_stat_activity
                     where datname = ? and usename = current_user and pid <> pg_backend_pid()""")) {
            ps.setString(1, database);
            ps.executeQuery().close();
        }
    }

    /** A connection of the test's own, past the service's pool (the driver directly: no DriverManager lookup). */
    static Connection connect(String url, String user, String password) throws java.sql.SQLException {
        Properties p = new Properties();
        p.put("user", user);
        p.put("password", password);
        return new org.postgresql.Driver().connect(url, p);
    }

    static Properties kafka() {
        Properties p = new Properties();
        p.put("bootstrap.servers", ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        return p;
    }

    long committedOffset(TopicPartition tp) {
        try (Admin admin = Admin.create(kafka())) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(projection.groupId())
                    .partitionsToOffsetAndMetadata().get();
            OffsetAndMetadata o = offsets.get(tp);
            return o == null ? -1 : o.offset();
        } catch (Exception x) {
            throw new IllegalStateException(x);
        }
    }

    static Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(kafka(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            return c.endOffsets(parts);
        }
    }

    /** The dead letters written since {@code from} whose value is one of {@code values}, by value. */
    static Map<String, ConsumerRecord<byte[], byte[]>> deadLetters(Map<TopicPartition, Long> from, List<String> values) {
        Map<String, ConsumerRecord<byte[], byte[]>> found = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(kafka(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            c.assign(from.keySet());
            from.forEach(c::seek);
            long end = System.nanoTime() + WAIT.toNanos();
            while (found.size() < values.size() && System.nanoTime() < end) {
                for (var r : c.poll(Duration.ofMillis(500))) {
                    String v = new String(r.value(), StandardCharsets.UTF_8);
                    if (values.contains(v)) found.put(v, r);
                }
            }
        }
        return found;
    }

    static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
