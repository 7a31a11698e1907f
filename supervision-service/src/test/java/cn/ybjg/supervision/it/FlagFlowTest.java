package cn.ybjg.supervision.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * End to end through the real broker and database: planted cases of every rule, produced in shuffled order
 * (deaths after settlements, enrollments after settlements, outliers before their group), yield exactly the
 * planted flags in the API and on flags.v1; a poison record goes to the DLQ while the stream goes on.
 */
@QuarkusTest
class FlagFlowTest {
    /** Generous: the shared topics may hold a backlog of other services' test traffic when this starts. */
    static final Duration WAIT = Duration.ofSeconds(240);
    static final String A = "H43100200123", B = "H43100200456", C = "H43100200789";

    /** The consumer group a dead letter of this engine names. */
    String deadLetterGroup() {
        return "supervision-test";
    }

    @Test
    void plantedCasesYieldExactlyThePlantedFlags() throws Exception {
        try (Events ev = new Events(); KafkaConsumer<String, String> flagsTopic = tail("flags.v1");
                KafkaConsumer<String, String> dlq = tail("settlements.v1.dlq")) {
            String poisonKey = "poison-" + ev.run;
            ev.sendRaw("settlements.v1", poisonKey, "{not json at all " + ev.run);

            Map<String, Set<String>> expected = new HashMap<>();
            List<Runnable> sends = new ArrayList<>();
            List<Runnable> late = new ArrayList<>();
            String region = "9" + ev.run.chars().map(c -> c % 10).limit(5)
                    .mapToObj(String::valueOf).collect(Collectors.joining());

            // GENDER_MISMATCH: a man with a pregnancy diagnosis.
            var g = ev.person("G");
            sends.add(() -> ev.send("enrollments.v1", ev.enrollment(g, "310", "431000", "2020-01-01", null)));
            sends.add(() -> ev.send("settlements.v1", ev.stay(g, "G1" + ev.run, A, "2025-03-01", "2025-03-03", "O80.001", "3000.00")));
            expected.put(g.personId(), Set.of("GENDER_MISMATCH:G1" + ev.run));

            // NOT_ENROLLED: enrolled under 310 only, settled under 390; the enrollment arrives after the settlement.
            var n = ev.person("N");
            sends.add(() -> ev.send("settlements.v1", ev.settlement(n, "N1" + ev.run, A, "431000", "11", "2025-03-05",
                    null, "J06.900", "500.00", "390", "1", null)));
            sends.add(() -> ev.send("settlements.v1", ev.visit(n, "N2" + ev.run, A, "2025-03-06")));
            late.add(() -> ev.send("enrollments.v1", ev.enrollment(n, "310", "431000", "2020-01-01", null)));
            expected.put(n.personId(), Set.of("NOT_ENROLLED:N1" + ev.run));

            // DECEASED_ACTIVE: death registered after the settlements; admission on the death day does not fire.
            var d = ev.person("D");
            sends.add(() -> ev.send("enrollments.v1", ev.enrollment(d, "310", "431000", "2020-01-01", null)));
            sends.add(() -> ev.send("settlements.v1", ev.stay(d, "D1" + ev.run, A, "2025-03-01", "2025-03-04", "I21.000", "1000.00")));
            sends.add(() -> ev.send("settlements.v1", ev.stay(d, "D2" + ev.run, B, "2025-03-05", "2025-03-06", "J18.000", "2000.00")));
            late.add(() -> ev.send("deaths.v1", ev.death(d, "2025-03-01", "CIVIL_AFFAIRS")));
            expected.put(d.personId(), Set.of("DECEASED_ACTIVE:D2" + ev.run, "DECEASED_ACTIVE:-"));

            // READMISSION_15D: day 15 fires, day 16 does not.
            var r = ev.person("R");
            sends.add(() -> ev.send("enrollments.v1", ev.enrollment(r, "310", "431000", "2020-01-01", null)));
            sends.add(() -> ev.send("settlements.v1", ev.stay(r, "R1" + ev.run, A, "2025-03-01", "2025-03-10", "I21.000", "9000.00")));
            sends.add(() -> ev.send("settlements.v1", ev.stay(r, "R2" + ev.run, A, "2025-03-25", "2025-03-28", "I21.900", "4000.00")));
            sends.add(() -> ev.send("settlements.v1", ev.stay(r, "R3" + ev.run, A, "2025-04-13", "2025-04-15", "I21.000", "4000.00")));
            expected.put(r.personId(), Set.of("READMISSION_15D:R2" + ev.run));

            // OVERLAPPING_STAY: one night shared at two hospitals; an outpatient visit inside a stay elsewhere.
            var o = ev.person("O");
            sends.add(() -> ev.send("enrollments.v1", ev.enrollment(o, "310", "431000", "2020-01-01", null)));
            sends.add(() -> ev.send("settlements.v1", ev.stay(o, "O1" + ev.run, A, "2025-03-01", "2025-03-10", "I21.000", "9000.00")));
            sends.add(() -> ev.send("settlements.v1", ev.stay(o, "O2" + ev.run, B, "2025-03-09", "2025-03-12", "K35.000", "6000.00")));
            sends.add(() -> ev.send("settlements.v1", ev.visit(o, "O3" + ev.run, C, "2025-03-05")));
            sends.add(() -> ev.send("settlements.v1", ev.visit(o, "O4" + ev.run, A, "2025-03-06")));
            expected.put(o.personId(), Set.of("OVERLAPPING_STAY:O2" + ev.run, "OVERLAPPING_STAY:O3" + ev.run));

            // DUPLICATE_SETTLEMENT: three twins, the third reversed: only the second stays flagged.
            var t = ev.person("T");
            var t3 = ev.stay(t, "T3" + ev.run, A, "2025-04-01", "2025-04-05", "I21.000", "7000.00");
            sends.add(() -> ev.send("enrollments.v1", ev.enrollment(t, "310", "431000", "2020-01-01", null)));
            sends.add(() -> ev.send("settlements.v1", ev.stay(t, "T1" + ev.run, A, "2025-04-01", "2025-04-05", "I21.000", "7000.00")));
            sends.add(() -> ev.send("settlements.v1", ev.stay(t, "T2" + ev.run, A, "2025-04-01", "2025-04-05", "I21.000", "7000.00")));
            sends.add(() -> ev.send("settlements.v1", t3));
            late.add(() -> ev.send("settlements.v1", Events.reversal(t3)));
            expected.put(t.personId(), Set.of("DUPLICATE_SETTLEMENT:T2" + ev.run));

            // DUPLICATE_ENROLLMENT: 310 and 390 at once; 390's fund in the overlap is at risk.
            var e = ev.person("E");
            sends.add(() -> ev.send("settlements.v1", ev.settlement(e, "E1" + ev.run, A, "431000", "11", "2025-02-01",
                    null, "J06.900", "500.00", "390", "1", null)));
            late.add(() -> ev.send("enrollments.v1", ev.enrollment(e, "310", "431000", "2024-01-01", null)));
            late.add(() -> ev.send("enrollments.v1", ev.enrollment(e, "390", "431000", "2025-01-01", "2025-12-31")));
            expected.put(e.personId(), Set.of("DUPLICATE_ENROLLMENT:-"));

            // DRG_COST_OUTLIER in a region of its own: the outliers arrive before the 30 settlements of their group.
            List<Events.Person> drgPeople = new ArrayList<>();
            for (int i = 0; i < 32; i++) drgPeople.add(ev.person("K" + i));
            String[] costs = new String[32];
            for (int i = 0; i < 30; i++) costs[i] = "10000.00";
            costs[30] = "35000.00";
            costs[31] = "3000.00";
            for (int i = 0; i < 32; i++) {
                var p = drgPeople.get(i);
                var s = ev.settlement(p, "K" + i + ev.run, "H" + region + "00001", region, "21", "2025-05-01",
                        "2025-05-10", "I21.000", costs[i], "310", "1", "FM19");
                var en = ev.enrollment(p, "310", region, "2020-01-01", null);
                (i >= 30 ? sends : late).add(() -> {
                    ev.send("enrollments.v1", en);
                    ev.send("settlements.v1", s);
                });
                expected.put(p.personId(), i >= 30 ? Set.of("DRG_COST_OUTLIER:K" + i + ev.run) : Set.of());
            }

            Collections.shuffle(sends, new java.util.Random(7));
            sends.forEach(Runnable::run);
            late.forEach(Runnable::run);

            for (var entry : expected.entrySet()) {
                Set<String> got = Eventually.get(WAIT, () -> openFlags(entry.getKey()), s -> s.equals(entry.getValue()));
                assertEquals(new TreeSet<>(entry.getValue()), new TreeSet<>(got), "flags of " + entry.getKey());
            }
            // Settle: the consumer has seen everything once the last-sent flags are there; nothing extra arrives.
            Thread.sleep(1500);
            for (var entry : expected.entrySet()) {
                assertEquals(new TreeSet<>(entry.getValue()), new TreeSet<>(openFlags(entry.getKey())), "flags of " + entry.getKey());
            }

            // Evidence a supervisor can read without another query, and amounts to the fen.
            JsonPath deceased = flag(d.personId(), "DECEASED_ACTIVE", "D2" + ev.run);
            assertEquals("2025-03-01", deceased.getString("evidence.dateOfDeath"));
            assertEquals("CIVIL_AFFAIRS", deceased.getString("evidence.deathSource"));
            assertMoney("1400.00", deceased.getString("amountAtRisk"));
            assertEquals("DEFINITE", deceased.getString("severity"));
            assertEquals("431002********1234", deceased.getString("idNumberMasked"));
            JsonPath deceasedPerson = flag(d.personId(), "DECEASED_ACTIVE", null);
            assertEquals("SUSPICIOUS", deceasedPerson.getString("severity"));
            assertEquals(null, deceasedPerson.getString("institutionCode"));
            assertEquals(1, deceasedPerson.getList("evidence.runningEnrollments").size());
            JsonPath readmission = flag(r.personId(), "READMISSION_15D", "R2" + ev.run);
            assertEquals("2025-03-10", readmission.getString("evidence.earlierDischargeDate"));
            assertEquals(15, readmission.getInt("evidence.daysAfterDischarge"));
            JsonPath dupEnrollment = flag(e.personId(), "DUPLICATE_ENROLLMENT", null);
            assertMoney("350.00", dupEnrollment.getString("amountAtRisk"));
            assertEquals("2025-01-01", dupEnrollment.getString("evidence.overlapFrom"));
            assertEquals("2025-12-31", dupEnrollment.getString("evidence.overlapTo"));
            JsonPath high = Eventually.get(WAIT, () -> flag(drgPeople.get(30).personId(), "DRG_COST_OUTLIER", "K30" + ev.run),
                    j -> j.getInt("evidence.sampleSize") == 32);
            assertEquals("高倍率", high.getString("evidence.outlier"));
            assertMoney("10000.00", high.getString("evidence.benchmarkCost"));
            assertEquals(32, high.getInt("evidence.sampleSize"));
            assertMoney("5000.00", high.getString("amountAtRisk"));
            JsonPath low = flag(drgPeople.get(31).personId(), "DRG_COST_OUTLIER", "K31" + ev.run);
            assertEquals("低倍率", low.getString("evidence.outlier"));
            assertMoney("2100.00", low.getString("amountAtRisk"));

            // The reversed twin's flag, if it was ever raised, is WITHDRAWN, never OPEN.
            List<String> withdrawn = given().auth().oauth2(Tokens.admin()).queryParam("personId", t.personId())
                    .queryParam("ruleCode", "DUPLICATE_SETTLEMENT").queryParam("status", "WITHDRAWN").get("/api/v1/flags").then().statusCode(200)
                    .extract().jsonPath().getList("settlementId");
            assertTrue(withdrawn.isEmpty() || withdrawn.equals(List.of("T3" + ev.run)), withdrawn.toString());

            // flags.v1 carries the same open flags (latest status per flag id), keyed by idNumberHash.
            Set<String> persons = expected.keySet();
            Map<String, String> hashOf = new HashMap<>();
            Map<String, Map<String, Object>> latest = new HashMap<>();
            Eventually.get(WAIT, () -> {
                for (var rec : flagsTopic.poll(Duration.ofMillis(500))) {
                    Map<String, Object> f = read(rec.value());
                    if (!persons.contains(f.get("personId"))) continue;
                    latest.put((String) f.get("id"), f);
                    hashOf.put((String) f.get("personId"), rec.key());
                }
                return openOnTopic(latest);
            }, s -> s.equals(allExpected(expected)));
            assertEquals(allExpected(expected), openOnTopic(latest));
            assertEquals(d.hash(), hashOf.get(d.personId()));
            Map<String, Object> onTopic = latest.values().stream()
                    .filter(f -> ("D2" + ev.run).equals(f.get("settlementId"))).findFirst().orElseThrow();
            assertEquals("2025-03-06", onTopic.get("periodDate"));
            assertEquals(d.hash(), onTopic.get("idNumberHash"));
            assertEquals("310", onTopic.get("insuranceType"));

            // The poison record went to the DLQ unchanged, with the reason, while the stream went on.
            List<String> reasons = new ArrayList<>();
            Eventually.get(WAIT, () -> {
                for (var rec : dlq.poll(Duration.ofMillis(500))) {
                    var group = rec.headers().lastHeader("dlq-consumer-group");
                    if (poisonKey.equals(rec.key()) && group != null
                            && deadLetterGroup().equals(new String(group.value(), StandardCharsets.UTF_8))) {
                        assertEquals("{not json at all " + ev.run, rec.value());
                        reasons.add(new String(rec.headers().lastHeader("dlq-reason").value(), StandardCharsets.UTF_8));
                        assertEquals("settlements.v1", new String(rec.headers().lastHeader("dlq-original-topic").value(),
                                StandardCharsets.UTF_8));
                    }
                }
                return reasons.size();
            }, c -> c > 0);
            assertEquals(1, reasons.size());
            assertTrue(reasons.get(0).startsWith("unparseable"), reasons.get(0));
        }
    }

    @Test
    void aRecordWithAFieldLongerThanStoredIsDeadLetteredWhileTheRestOfItsBatchIsKept() throws Exception {
        try (Events ev = new Events(); KafkaConsumer<String, String> dlq = tail("settlements.v1.dlq")) {
            var p = ev.person("X");
            var bad = ev.stay(p, "X1" + ev.run, "H4310020012345678901234567", "2025-03-01", "2025-03-03", "I10.000", "100.00");
            var good = ev.stay(p, "X2" + ev.run, A, "2025-03-01", "2025-03-03", "I10.000", "100.00");
            ev.send("settlements.v1", bad);
            ev.send("settlements.v1", good);
            Set<String> expected = Set.of("NOT_ENROLLED:X2" + ev.run);
            assertEquals(expected, Eventually.get(WAIT, () -> openFlags(p.personId()), expected::equals));
            List<String> reasons = new ArrayList<>();
            Eventually.get(WAIT, () -> {
                for (var rec : dlq.poll(Duration.ofMillis(500))) {
                    var group = rec.headers().lastHeader("dlq-consumer-group");
                    if (rec.value().contains("X1" + ev.run) && group != null
                            && deadLetterGroup().equals(new String(group.value(), StandardCharsets.UTF_8))) {
                        reasons.add(new String(rec.headers().lastHeader("dlq-reason").value(), StandardCharsets.UTF_8));
                    }
                }
                return reasons.size();
            }, c -> c > 0);
            assertEquals(1, reasons.size());
            assertTrue(reasons.get(0).contains("institutionCode: longer than 20"), reasons.get(0));
        }
    }

    @jakarta.inject.Inject
    cn.ybjg.supervision.ingest.DailyRecheck dailyRecheck;

    @Test
    void theDailyRecheckRaisesTheEnrollmentVariantOnceTheGraceDaysHavePassed() {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        java.time.LocalDate today = java.time.LocalDate.now(shanghai);
        java.time.LocalDate death = today.minusDays(10);
        try (Events ev = new Events()) {
            var q = ev.person("Q");
            ev.send("enrollments.v1", ev.enrollment(q, "310", "431000", "2020-01-01", null));
            ev.send("settlements.v1", ev.stay(q, "Q1" + ev.run, A, death.plusDays(1).toString(),
                    death.plusDays(3).toString(), "I10.000", "100.00"));
            ev.send("deaths.v1", ev.death(q, death.toString(), "PUBLIC_SECURITY"));
            Set<String> settlementOnly = Set.of("DECEASED_ACTIVE:Q1" + ev.run);
            assertEquals(settlementOnly, Eventually.get(WAIT, () -> openFlags(q.personId()), settlementOnly::equals));

            java.time.Clock later = java.time.Clock.fixed(death.plusDays(31).atStartOfDay(shanghai).toInstant(), shanghai);
            io.quarkus.test.junit.QuarkusMock.installMockForType(later, java.time.Clock.class);
            assertTrue(dailyRecheck.recheck() >= 1);
            assertEquals(Set.of("DECEASED_ACTIVE:Q1" + ev.run, "DECEASED_ACTIVE:-"), openFlags(q.personId()));
            JsonPath person = flag(q.personId(), "DECEASED_ACTIVE", null);
            assertEquals(death.plusDays(30).toString(), person.getString("periodDate"));
            assertEquals("PUBLIC_SECURITY", person.getString("evidence.deathSource"));
            assertMoney("0.00", person.getString("amountAtRisk"));
            assertMoney("70.00", person.getString("evidence.fundPaymentsAfterDeath"));
        }
    }

    @Test
    void reversalAndLateEnrollmentWithdrawAndReplayKeepsOneRow() throws Exception {
        try (Events ev = new Events()) {
            var p = ev.person("W");
            var s = ev.stay(p, "W1" + ev.run, A, "2025-03-01", "2025-03-03", "O80.001", "3000.00");
            ev.send("settlements.v1", s);
            Set<String> both = Set.of("GENDER_MISMATCH:W1" + ev.run, "NOT_ENROLLED:W1" + ev.run);
            assertEquals(both, Eventually.get(WAIT, () -> openFlags(p.personId()), both::equals));

            ev.send("enrollments.v1", ev.enrollment(p, "310", "431000", "2025-01-01", null));
            Set<String> gender = Set.of("GENDER_MISMATCH:W1" + ev.run);
            assertEquals(gender, Eventually.get(WAIT, () -> openFlags(p.personId()), gender::equals));
            assertEquals(Set.of("NOT_ENROLLED:W1" + ev.run), flags(p.personId(), "WITHDRAWN"));

            // The enrollment is corrected to start later: the same NOT_ENROLLED row opens again.
            ev.send("enrollments.v1", ev.enrollment(p, "310", "431000", "2025-01-01", "2025-02-01", "TERMINATED",
                    "2025-02-02T10:00:00+08:00"));
            assertEquals(both, Eventually.get(WAIT, () -> openFlags(p.personId()), both::equals));
            assertEquals(Set.of(), flags(p.personId(), "WITHDRAWN"));

            // Re-delivery of the same settlement changes nothing; the reversal withdraws both flags.
            ev.send("settlements.v1", s);
            ev.send("settlements.v1", Events.reversal(s));
            assertEquals(Set.of(), Eventually.get(WAIT, () -> openFlags(p.personId()), Set::isEmpty));
            assertEquals(both, flags(p.personId(), "WITHDRAWN"));
            // A late SETTLED re-delivery never un-reverses.
            ev.send("settlements.v1", s);
            ev.send("settlements.v1", ev.stay(p, "W2" + ev.run, A, "2025-03-10", "2025-03-11", "I10.000", "100.00"));
            Set<String> w2 = Set.of("NOT_ENROLLED:W2" + ev.run);
            assertEquals(w2, Eventually.get(WAIT, () -> openFlags(p.personId()), w2::equals));
            assertEquals(3, given().auth().oauth2(Tokens.admin()).queryParam("personId", p.personId())
                    .queryParam("status", "WITHDRAWN").get("/api/v1/flags").then().extract().jsonPath().getList("id").size()
                    + given().auth().oauth2(Tokens.admin()).queryParam("personId", p.personId())
                    .get("/api/v1/flags").then().extract().jsonPath().getList("id").size());
        }
    }

    /** Equal to the fen, whatever the JSON number's trailing zeros. */
    static void assertMoney(String expected, String actual) {
        assertEquals(new BigDecimal(expected), new BigDecimal(actual).setScale(2), "amount");
    }

    static Set<String> allExpected(Map<String, Set<String>> expected) {
        Set<String> all = new TreeSet<>();
        expected.forEach((person, flags) -> flags.forEach(f -> all.add(person + "/" + f)));
        return all;
    }

    static Set<String> openOnTopic(Map<String, Map<String, Object>> latest) {
        Set<String> open = new TreeSet<>();
        for (var f : latest.values()) {
            if (!"OPEN".equals(f.get("status"))) continue;
            Object sid = f.get("settlementId");
            open.add(f.get("personId") + "/" + f.get("ruleCode") + ":" + (sid == null ? "-" : sid));
        }
        return open;
    }

    static Set<String> openFlags(String personId) {
        return flags(personId, null);
    }

    static Set<String> flags(String personId, String status) {
        var req = given().auth().oauth2(Tokens.admin()).queryParam("personId", personId).queryParam("size", 500);
        if (status != null) req = req.queryParam("status", status);
        JsonPath json = req.get("/api/v1/flags").then().statusCode(200).extract().jsonPath();
        Set<String> out = new TreeSet<>();
        List<Map<String, Object>> list = json.getList("$");
        for (var f : list) out.add(f.get("ruleCode") + ":" + (f.get("settlementId") == null ? "-" : f.get("settlementId")));
        return out;
    }

    static JsonPath flag(String personId, String ruleCode, String settlementId) {
        List<Map<String, Object>> list = given().auth().oauth2(Tokens.admin()).queryParam("personId", personId)
                .queryParam("ruleCode", ruleCode).get("/api/v1/flags").then().statusCode(200).extract().jsonPath()
                .getList("$");
        String id = list.stream().filter(f -> java.util.Objects.equals(settlementId, f.get("settlementId")))
                .map(f -> (String) f.get("id")).findFirst().orElseThrow();
        return given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + id).then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String json) {
        try {
            return Events.JSON.readValue(json, Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A consumer positioned at the current end of every partition of the topic. */
    static KafkaConsumer<String, String> tail(String topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        p.put("enable.auto.commit", "false");
        KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> parts = c.partitionsFor(topic).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        c.assign(parts);
        c.seekToEnd(parts);
        parts.forEach(c::position);
        return c;
    }
}
