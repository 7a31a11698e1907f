package cn.ybjg.supervision.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ybjg.supervision.flags.Flag;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The streams engine's own API: replays read the persons from the engine's store (a dry run with the rules in force
 * finds nothing to change, one with proposed parameters shows what they would change and writes nothing), and an
 * admin pauses and resumes auditing without losing a record.
 */
@QuarkusTest
@TestProfile(StreamsEngine.class)
class StreamsEngineTest {

    @Test
    void engineIsReadyWhenRunningAndLiveUnlessInError() {
        String ready = Eventually.get(Duration.ofSeconds(120), () -> given().get("/q/health/ready").then().extract()
                .path("checks.find { it.name == 'supervision audit engine' }.status"), "UP"::equals);
        assertEquals("UP", ready);
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'supervision audit engine alive' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'supervision audit engine alive' }.data.engine", equalTo("streams"));
    }

    @Test
    void dryRunsOverTheEngineStoreBacktestProposedParameters() throws Exception {
        try (Events ev = new Events()) {
            // A day of its own far in the future, so no other data shares the window.
            LocalDate day = LocalDate.of(2100, 1, 1).plusDays(Math.floorMod(ev.run.hashCode(), 36000));
            var p = ev.person("M");
            var s = ev.settlement(p, "M1" + ev.run, "H43100200123", "431000", "11", day.toString(), null, "N40.x00",
                    "100.00", "310", "2", null);
            ev.send("enrollments.v1", ev.enrollment(p, "310", "431000", "2020-01-01", null));
            ev.send("settlements.v1", s);
            String id = Flag.idOf("GENDER_MISMATCH", "H43100200123:M1" + ev.run).toString();
            String status = Eventually.get(Duration.ofSeconds(120), () -> given().auth().oauth2(Tokens.admin())
                    .get("/api/v1/flags/" + id).then().extract().jsonPath().getString("status"), "OPEN"::equals);
            assertEquals("OPEN", status);

            Map<String, Object> body = new HashMap<>(Map.of("from", day.toString(), "to", day.toString(),
                    "ruleCodes", List.of("GENDER_MISMATCH"), "dryRun", true));
            JsonPath same = replay(body);
            assertEquals("SUCCEEDED", same.getString("status"), same.prettify());
            assertEquals(1, same.getLong("total"));
            assertEquals(0, same.getInt("result.addedCount") + same.getInt("result.removedCount")
                    + same.getInt("result.changedCount"));

            body.put("parameters", Map.of("GENDER_MISMATCH", Map.of("maleOnly", List.of("C60-C63"))));
            JsonPath backtest = replay(body);
            assertEquals(List.of(id), backtest.getList("result.removed.id"));
            assertEquals(0, backtest.getInt("result.addedCount"));
            given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + id).then().statusCode(200);
            assertEquals("OPEN", given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + id).then().extract().path("status"));
        }
    }

    @Test
    void pausedEngineAuditsNothingUntilResumedThenCatchesUp() throws Exception {
        given().auth().oauth2(Tokens.admin()).get("/api/v1/engine").then().statusCode(200)
                .body("engine", equalTo("streams")).body("paused", equalTo(false));
        given().auth().oauth2(Tokens.supervisor("431000")).post("/api/v1/engine/pause").then().statusCode(403);
        try (Events ev = new Events()) {
            given().auth().oauth2(Tokens.admin()).post("/api/v1/engine/pause").then().statusCode(200)
                    .body("paused", equalTo(true));
            var p = ev.person("Q");
            LocalDate day = LocalDate.of(2100, 1, 1).plusDays(Math.floorMod(ev.run.hashCode() + 7, 36000));
            ev.send("enrollments.v1", ev.enrollment(p, "310", "431000", "2020-01-01", null));
            ev.send("settlements.v1", ev.settlement(p, "Q1" + ev.run, "H43100200123", "431000", "11", day.toString(), null,
                    "N40.x00", "100.00", "310", "2", null));
            String id = Flag.idOf("GENDER_MISMATCH", "H43100200123:Q1" + ev.run).toString();
            Thread.sleep(3000);
            given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + id).then().statusCode(404);

            given().auth().oauth2(Tokens.admin()).post("/api/v1/engine/resume").then().statusCode(200)
                    .body("paused", equalTo(false));
            String status = Eventually.get(Duration.ofSeconds(120), () -> given().auth().oauth2(Tokens.admin())
                    .get("/api/v1/flags/" + id).then().extract().jsonPath().getString("status"), "OPEN"::equals);
            assertEquals("OPEN", status);
            given().auth().oauth2(Tokens.admin()).queryParam("action", "ENGINE_PAUSED").get("/api/v1/audit-log").then()
                    .statusCode(200).body("size()", org.hamcrest.Matchers.greaterThan(0));
        }
    }

    static JsonPath replay(Map<String, Object> body) {
        String location = given().auth().oauth2(Tokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/replays").then().statusCode(202).extract().header("Location");
        return Eventually.get(Duration.ofSeconds(120), () -> given().auth().oauth2(Tokens.admin()).get(location)
                .then().statusCode(200).extract().jsonPath(), j -> !j.getString("status").matches("QUEUED|RUNNING"));
    }
}
