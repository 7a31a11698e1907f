package cn.ybjg.supervision.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.supervision.engine.Evaluator;
import cn.ybjg.supervision.flags.Flag;
import cn.ybjg.supervision.rules.SettlementFact;
import cn.ybjg.supervision.state.StateWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The supervisor workflow through the API: reviews and their history, the 409 race, rule statistics, replays
 * (dry run and applied give the same diff) and the append-only audit log. State is written straight into the
 * rule state tables and re-checked with the engine (no broker round trip needed for the set-up); review events
 * are checked on the real flag-reviews.v1 topic.
 */
@QuarkusTest
class WorkflowTest {

    @Inject
    StateWriter state;
    @Inject
    Evaluator evaluator;
    @Inject
    EntityManager em;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String region = "7" + run.chars().map(c -> c % 10).limit(5).collect(StringBuilder::new,
            StringBuilder::append, StringBuilder::append);

    /** A male-only diagnosis for a woman: GENDER_MISMATCH, amountAtRisk = fund payments (70% of the total). */
    SettlementFact mismatch(String name, String gender, LocalDate day, String total) {
        BigDecimal t = new BigDecimal(total);
        return new SettlementFact("H" + region + "01", "S" + run + name, hash(name), "431002********1234",
                "P" + run + name, region, gender, "310", "11", day, null, day, "N40.x00", null, t,
                t.multiply(new BigDecimal("0.70")).setScale(2, java.math.RoundingMode.HALF_UP), false);
    }

    String hash(String name) {
        return Events.sha256(run + name);
    }

    /** Writes the settlements and, when asked, re-checks their persons as the consumer would. */
    void store(boolean evaluate, SettlementFact... settlements) {
        QuarkusTransaction.requiringNew().run(() -> {
            state.write(List.of(settlements), List.of(), List.of());
            if (evaluate) evaluator.evaluate(List.of(settlements).stream().map(SettlementFact::idNumberHash).toList(), List.of());
        });
    }

    static String flagId(SettlementFact s) {
        return Flag.idOf("GENDER_MISMATCH", s.subjectKey()).toString();
    }

    static io.restassured.response.Response review(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/flags/" + id + "/reviews");
    }

    @Test
    void reviewsMoveTheFlagKeepTheirHistoryAndGoToKafka() throws Exception {
        SettlementFact s = mismatch("R", "2", LocalDate.of(2025, 3, 1), "1000.00");
        store(true, s);
        String id = flagId(s);
        String sup = Tokens.supervisorNamed("sup-" + run, region);
        try (KafkaConsumer<String, String> reviews = tail("flag-reviews.v1"); KafkaConsumer<String, String> flags = tail("flags.v1")) {
            review(sup, id, Map.of("decision", "CONFIRMED", "recoveredAmount", 700.01)).then().statusCode(400)
                    .body("type", equalTo("urn:ybjg:problem:bad-review")).body("errors[0].field", equalTo("recoveredAmount"))
                    .body("errors[0].message", equalTo("must not exceed the flag's amountAtRisk 700.00"));
            review(sup, id, Map.of("decision", "DISMISSED")).then().statusCode(400)
                    .body("errors[0].message", equalTo("is required to dismiss a flag"));
            review(sup, id, Map.of("decision", "OPEN", "note", "n")).then().statusCode(409)
                    .body("code", equalTo("INVALID_TRANSITION")).body("current.status", equalTo("OPEN"));
            review(sup, id, Map.of("decision", "CONFIRMED", "note", "死亡后入院", "recoveredAmount", 700.00))
                    .then().statusCode(201).header("Location", containsString("/api/v1/flags/" + id))
                    .body("status", equalTo("CONFIRMED")).body("recoveredAmount", equalTo(700.00f))
                    .body("reviews.size()", equalTo(1)).body("reviews[0].reviewer", equalTo("sup-" + run))
                    .body("reviews[0].previousStatus", equalTo("OPEN"));
            review(sup, id, Map.of("decision", "DISMISSED", "note", "n")).then().statusCode(409)
                    .body("code", equalTo("INVALID_TRANSITION")).body("current.status", equalTo("CONFIRMED"))
                    .body("current.recoveredAmount", equalTo(700.00f));
            review(sup, id, Map.of("decision", "OPEN")).then().statusCode(400)
                    .body("errors[0].message", equalTo("is required to re-open a flag"));
            review(Tokens.admin(), id, Map.of("decision", "OPEN", "note", "金额需重新核定")).then().statusCode(201)
                    .body("status", equalTo("OPEN")).body("recoveredAmount", equalTo(null));
            review(sup, id, Map.of("decision", "DISMISSED", "note", "诊断编码录入错误", "recoveredAmount", 1)).then()
                    .statusCode(400).body("errors[0].message", equalTo("is only allowed with decision CONFIRMED"));
            review(sup, id, Map.of("decision", "DISMISSED", "note", "诊断编码录入错误")).then().statusCode(201);

            JsonPath flag = given().auth().oauth2(sup).get("/api/v1/flags/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals("DISMISSED", flag.getString("status"));
            assertEquals(List.of("CONFIRMED", "OPEN", "DISMISSED"), flag.getList("reviews.decision"));
            assertEquals(List.of("OPEN", "CONFIRMED", "OPEN"), flag.getList("reviews.previousStatus"));
            assertEquals(List.of("sup-" + run, "test-admin", "sup-" + run), flag.getList("reviews.reviewer"));
            assertEquals(Arrays.asList("死亡后入院", "金额需重新核定", "诊断编码录入错误"), flag.getList("reviews.note"));
            assertEquals(Arrays.asList(700.00f, null, null), flag.getList("reviews.recoveredAmount"));

            // Out of the supervisor's regions: 404 as for a read; other roles: 403.
            review(Tokens.supervisor("431000"), id, Map.of("decision", "OPEN", "note", "n")).then().statusCode(404);
            review(Tokens.registry(), id, Map.of("decision", "OPEN", "note", "n")).then().statusCode(403)
                    .body("detail", equalTo("this operation requires role supervisor or admin; your token does not carry it"));

            // flag-reviews.v1 carries the three decisions; flags.v1 re-publishes the flag with each new status.
            List<ConsumerRecord<String, String>> events = Eventually.get(Duration.ofSeconds(60),
                    () -> poll(reviews, id), l -> l.size() >= 3);
            List<JsonPath> payloads = events.stream().map(r -> new JsonPath(r.value())).toList();
            assertEquals(List.of("CONFIRMED", "OPEN", "DISMISSED"), payloads.stream().map(p -> p.getString("decision")).toList());
            assertEquals(hash("R"), events.get(0).key());
            assertEquals(700.00f, payloads.get(0).getFloat("recoveredAmount"));
            assertEquals("GENDER_MISMATCH", payloads.get(0).getString("ruleCode"));
            assertEquals(region, payloads.get(0).getString("regionCode"));
            assertEquals(flag.getString("reviews[0].id"), payloads.get(0).getString("eventId"));
            assertEquals(1, payloads.get(0).getInt("schemaVersion"));
            List<ConsumerRecord<String, String>> flagEvents = Eventually.get(Duration.ofSeconds(60),
                    () -> poll(flags, id), l -> l.stream().anyMatch(r -> r.value().contains("\"DISMISSED\"")));
            assertTrue(flagEvents.stream().anyMatch(r -> r.value().contains("\"status\":\"CONFIRMED\"")));
        }
    }

    @Test
    void ofConcurrentReviewsOneWinsTheOthersGet409WithTheCurrentState() throws Exception {
        SettlementFact s = mismatch("C", "2", LocalDate.of(2025, 3, 2), "500.00");
        store(true, s);
        String id = flagId(s);
        int n = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String decision = i % 2 == 0 ? "CONFIRMED" : "DISMISSED";
                Callable<io.restassured.response.Response> call = () -> {
                    start.await();
                    return review(Tokens.admin(), id, Map.of("decision", decision, "note", "race"));
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            String winner = null;
            for (var f : answers) {
                var r = f.get();
                codes.add(r.statusCode());
                if (r.statusCode() == 201) winner = r.jsonPath().getString("status");
            }
            Collections.sort(codes);
            assertEquals(List.of(201, 409, 409, 409, 409, 409), codes);
            for (var f : answers) {
                var r = f.get();
                if (r.statusCode() == 409) assertEquals(winner, r.jsonPath().getString("current.status"));
            }
            given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + id).then().statusCode(200)
                    .body("status", equalTo(winner)).body("reviews.size()", equalTo(1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ruleStatsPerRuleVersionWithPrecisionAndAmounts() {
        LocalDate day = LocalDate.of(2025, 4, 1);
        SettlementFact a = mismatch("A", "2", day, "100.00"), b = mismatch("B", "2", day, "200.00"),
                c = mismatch("C", "2", day, "300.00"), d = mismatch("D", "2", day, "400.00");
        store(true, a, b, c, d);
        String admin = Tokens.admin();
        review(admin, flagId(a), Map.of("decision", "CONFIRMED", "recoveredAmount", 10.00)).then().statusCode(201);
        review(admin, flagId(b), Map.of("decision", "CONFIRMED", "recoveredAmount", 5.55)).then().statusCode(201);
        review(admin, flagId(c), Map.of("decision", "DISMISSED", "note", "误报")).then().statusCode(201);

        JsonPath stats = given().auth().oauth2(Tokens.supervisor(region)).queryParam("regionCode", region)
                .queryParam("from", "2025-04-01").queryParam("to", "2025-04-30").get("/api/v1/rule-stats")
                .then().statusCode(200).extract().jsonPath();
        // Every settlement here also lacks an enrollment: NOT_ENROLLED, never reviewed.
        assertEquals(List.of("GENDER_MISMATCH", "NOT_ENROLLED"), stats.getList("ruleCode"), stats.prettify());
        assertEquals(4, stats.getInt("[0].flags"));
        assertEquals(1, stats.getInt("[0].open"));
        assertEquals(2, stats.getInt("[0].confirmed"));
        assertEquals(1, stats.getInt("[0].dismissed"));
        assertEquals(0, stats.getInt("[0].withdrawn"));
        assertMoney("0.6667", stats.getString("[0].precision"));
        assertMoney("700.00", stats.getString("[0].amountAtRisk"));
        assertMoney("15.55", stats.getString("[0].recovered"));
        assertEquals(4, stats.getInt("[1].open"));
        org.junit.jupiter.api.Assertions.assertNull(stats.get("[1].precision"));
        assertMoney("0.00", stats.getString("[1].recovered"));

        // Another window, another supervisor's regions: nothing of this region.
        given().auth().oauth2(Tokens.supervisor(region)).queryParam("regionCode", region).queryParam("from", "2025-05-01")
                .get("/api/v1/rule-stats").then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(Tokens.supervisor("431000")).queryParam("regionCode", region).get("/api/v1/rule-stats")
                .then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(admin).queryParam("from", "2025-05-01").queryParam("to", "2025-04-01")
                .get("/api/v1/rule-stats").then().statusCode(400).body("detail", equalTo("from: must not be after to"));
        given().auth().oauth2(Tokens.registry()).get("/api/v1/rule-stats").then().statusCode(403);
    }

    @Test
    void dryRunAndAppliedReplayGiveTheSameDiffAndOnlyTheAppliedOneWrites() {
        // A day of its own far in the future, so no other data shares the window.
        LocalDate day = LocalDate.of(2100, 1, 1).plusDays(Math.floorMod(run.hashCode(), 36000));
        SettlementFact added = mismatch("ADD", "2", day, "100.00");
        SettlementFact stale = mismatch("STALE", "2", day, "200.00");
        SettlementFact reviewed = mismatch("REV", "2", day, "300.00");
        store(false, added);
        store(true, stale, reviewed);
        review(Tokens.admin(), flagId(reviewed), Map.of("decision", "CONFIRMED")).then().statusCode(201);
        // The facts change without a re-check: the stale flag and the reviewed one no longer hold.
        store(false, mismatch("STALE", "1", day, "200.00"), mismatch("REV", "1", day, "300.00"));

        Map<String, Object> body = Map.of("from", day.toString(), "to", day.toString(),
                "ruleCodes", List.of("GENDER_MISMATCH"), "dryRun", true);
        JsonPath dry = replay(body);
        assertEquals(3, dry.getLong("total"));
        assertEquals(3, dry.getLong("done"));
        assertEquals(1, dry.getInt("result.addedCount"));
        assertEquals(1, dry.getInt("result.removedCount"));
        assertEquals(0, dry.getInt("result.changedCount"));
        assertEquals(List.of(flagId(added)), dry.getList("result.added.id"));
        assertEquals(List.of(flagId(stale)), dry.getList("result.removed.id"));
        assertEquals(70.00f, dry.getFloat("result.added[0].amountAtRisk"));
        assertEquals(Map.of("added", 1, "removed", 1, "changed", 0), dry.getMap("result.perRule.GENDER_MISMATCH"));
        // Nothing written.
        given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + flagId(added)).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + flagId(stale)).then().body("status", equalTo("OPEN"));

        Map<String, Object> apply = new java.util.HashMap<>(body);
        apply.put("dryRun", false);
        JsonPath applied = replay(apply);
        assertEquals(dry.getMap("result"), applied.getMap("result"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + flagId(added)).then().body("status", equalTo("OPEN"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + flagId(stale)).then().body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + flagId(reviewed)).then().body("status", equalTo("CONFIRMED"));

        JsonPath again = replay(body);
        assertEquals(0, again.getInt("result.addedCount") + again.getInt("result.removedCount") + again.getInt("result.changedCount"));

        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("from", "2025-02-01", "to", "2025-01-01", "dryRun", true)).post("/api/v1/replays").then()
                .statusCode(400).body("detail", equalTo("from: must not be after to"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("from", "2025-01-01", "to", "2025-01-01", "ruleCodes", List.of("NOPE"), "dryRun", true))
                .post("/api/v1/replays").then().statusCode(400).body("detail", equalTo("ruleCodes: unknown rule NOPE"));
        given().auth().oauth2(Tokens.supervisor(region)).contentType("application/json").body(body).post("/api/v1/replays")
                .then().statusCode(403).body("detail", equalTo("this operation requires role admin; your token does not carry it"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/replays/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aDryRunBacktestsProposedParametersWithoutMakingThemLive() {
        LocalDate day = LocalDate.of(2100, 1, 1).plusDays(Math.floorMod(run.hashCode() + 1, 36000));
        SettlementFact s = mismatch("BT", "2", day, "100.00");
        store(true, s);
        int version = given().auth().oauth2(Tokens.admin()).get("/api/v1/rules/GENDER_MISMATCH").then()
                .extract().jsonPath().getInt("version");
        Map<String, Object> body = Map.of("from", day.toString(), "to", day.toString(),
                "ruleCodes", List.of("GENDER_MISMATCH"), "dryRun", true,
                "parameters", Map.of("GENDER_MISMATCH", Map.of("maleOnly", List.of("C60-C63"))));
        JsonPath backtest = replay(body);
        assertEquals("SUCCEEDED", backtest.getString("status"));
        assertEquals(List.of("C60-C63"), backtest.getList("parameters.GENDER_MISMATCH.maleOnly"));
        assertEquals(List.of(flagId(s)), backtest.getList("result.removed.id"));
        assertEquals(0, backtest.getInt("result.addedCount"));
        // Nothing went live: the flag stands and the rule has no new version.
        given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + flagId(s)).then().body("status", equalTo("OPEN"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/rules/GENDER_MISMATCH").then().body("version", equalTo(version))
                .body("parameters.maleOnly", equalTo(List.of("C60-C63", "N40-N51")));

        Map<String, Object> applied = new java.util.HashMap<>(body);
        applied.put("dryRun", false);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(applied).post("/api/v1/replays")
                .then().statusCode(400).body("detail", containsString("only a dry run may try proposed parameters"));
        Map<String, Object> bad = new java.util.HashMap<>(body);
        bad.put("parameters", Map.of("READMISSION_15D", Map.of("maxDays", -1)));
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(bad).post("/api/v1/replays")
                .then().statusCode(400).body("errors[0].field", equalTo("parameters.maxDays"));
    }

    @Test
    void openApiDocumentsTheWorkflowWithExamples() {
        String doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/v1/flags/{id}/reviews", "/api/v1/rule-stats", "/api/v1/replays",
                "/api/v1/replays/{id}", "/api/v1/audit-log")) {
            assertTrue(doc.contains("\"" + path + "\""), path);
        }
        for (String example : List.of("INVALID_TRANSITION", "死亡后入院, 医院已退回基金", "precision",
                "REPLAY_FINISHED", "skippedRules", "CONCURRENT_REVIEW")) {
            assertTrue(doc.contains(example), example);
        }
    }

    JsonPath replay(Map<String, Object> body) {
        String location = given().auth().oauth2(Tokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/replays").then().statusCode(202).body("status", equalTo("QUEUED"))
                .extract().header("Location");
        return Eventually.get(Duration.ofSeconds(60), () -> given().auth().oauth2(Tokens.admin()).get(location)
                .then().statusCode(200).extract().jsonPath(), j -> !j.getString("status").matches("QUEUED|RUNNING"));
    }

    @Test
    void auditLogReceivesEveryActionAndRefusesChanges() {
        String admin = Tokens.admin();
        String supName = "reader-" + run;
        SettlementFact s = mismatch("AU", "2", LocalDate.of(2025, 6, 1), "100.00");
        store(true, s);
        String sup = Tokens.supervisorNamed(supName, region);
        given().auth().oauth2(sup).queryParam("ruleCode", "GENDER_MISMATCH").get("/api/v1/flags").then().statusCode(200)
                .header("X-Total-Count", "1");
        given().auth().oauth2(sup).get("/api/v1/flags/" + flagId(s)).then().statusCode(200);
        review(sup, flagId(s), Map.of("decision", "DISMISSED", "note", "audit " + run)).then().statusCode(201);
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("enabled", true))
                .put("/api/v1/rules/GENDER_MISMATCH").then().statusCode(200);
        JsonPath done = replay(Map.of("from", "2099-12-31", "to", "2099-12-31", "ruleCodes", List.of(), "dryRun", true));
        String replayId = done.getString("id");

        JsonPath reads = given().auth().oauth2(admin).queryParam("actor", supName).get("/api/v1/audit-log").then()
                .statusCode(200).header("X-Total-Count", "3").extract().jsonPath();
        assertEquals(List.of("REVIEW", "FLAG_READ", "FLAG_READ"), reads.getList("action"));
        assertEquals("flag:" + flagId(s), reads.getString("[0].target"));
        assertEquals("DISMISSED", reads.getString("[0].details.decision"));
        assertEquals("OPEN", reads.getString("[0].details.from"));
        assertEquals("audit " + run, reads.getString("[0].details.note"));
        assertEquals(1, reads.getInt("[1].details.rows"));
        assertEquals("flag:" + flagId(s), reads.getString("[1].target"));
        assertEquals("GENDER_MISMATCH", reads.getString("[2].details.query.ruleCode"));
        assertEquals(1, reads.getInt("[2].details.rows"));
        assertEquals(1, reads.getInt("[2].details.total"));
        assertEquals(List.of(region), reads.getList("[2].details.regions"));

        given().auth().oauth2(admin).queryParam("action", "RULE_CHANGE").queryParam("actor", "test-admin")
                .queryParam("size", 1).get("/api/v1/audit-log").then().statusCode(200)
                .body("[0].target", equalTo("rule:GENDER_MISMATCH")).body("[0].details.enabled", equalTo(true));
        JsonPath replays = given().auth().oauth2(admin).queryParam("actor", "test-admin").queryParam("size", 500)
                .get("/api/v1/audit-log").then().statusCode(200).extract().jsonPath();
        List<String> replayActions = new ArrayList<>();
        for (int i = 0; i < replays.getList("$").size(); i++) {
            if (("replay:" + replayId).equals(replays.getString("[" + i + "].target"))) {
                replayActions.add(replays.getString("[" + i + "].action"));
            }
        }
        assertEquals(List.of("REPLAY_FINISHED", "REPLAY_STARTED"), replayActions);
        given().auth().oauth2(admin).queryParam("action", "DELETED").get("/api/v1/audit-log").then().statusCode(400);
        given().auth().oauth2(sup).get("/api/v1/audit-log").then().statusCode(403)
                .body("detail", equalTo("this operation requires role admin; your token does not carry it"));
        // An admin's reads are not logged as supervisor reads.
        given().auth().oauth2(admin).queryParam("actor", "test-admin").queryParam("action", "FLAG_READ")
                .get("/api/v1/audit-log").then().header("X-Total-Count", "0");

        // Append-only, enforced by the database: the runtime role lacks the privilege, and the triggers behind it
        // refuse even the owner (RuntimeRoleTest).
        for (String sql : List.of("update audit_log set actor = 'x' where actor = '" + supName + "'",
                "delete from audit_log where actor = '" + supName + "'")) {
            Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate()));
            assertTrue(rootMessage(e).contains("permission denied for table audit_log"), rootMessage(e));
        }
        given().auth().oauth2(admin).queryParam("actor", supName).get("/api/v1/audit-log").then()
                .header("X-Total-Count", "3");
    }

    static void assertMoney(String expected, String actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)), expected + " vs " + actual);
    }

    static String rootMessage(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) sb.append(t.getMessage()).append(" | ");
        return sb.toString();
    }

    static KafkaConsumer<String, String> tail(String topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        p.put("group.id", "supervision-test-tail-" + UUID.randomUUID());
        p.put("enable.auto.commit", "false");
        KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> parts = c.partitionsFor(topic).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        c.assign(parts);
        c.seekToEnd(parts);
        parts.forEach(c::position);
        return c;
    }

    private final Map<KafkaConsumer<String, String>, List<ConsumerRecord<String, String>>> seen = new java.util.HashMap<>();

    List<ConsumerRecord<String, String>> poll(KafkaConsumer<String, String> c, String flagId) {
        List<ConsumerRecord<String, String>> mine = seen.computeIfAbsent(c, k -> new ArrayList<>());
        for (var r : c.poll(Duration.ofMillis(500))) {
            if (r.value() != null && r.value().contains(flagId)) mine.add(r);
        }
        return mine;
    }
}
