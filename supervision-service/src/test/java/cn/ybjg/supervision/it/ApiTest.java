package cn.ybjg.supervision.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The flags and rules API: region scoping for supervisors, admin-only rule changes, validation. */
@QuarkusTest
class ApiTest {

    @Test
    void supervisorSeesOnlyItsRegionsIncludingCountsAndSingleReads() {
        try (Events ev = new Events()) {
            String region = "8" + ev.run.chars().map(c -> c % 10).limit(5).mapToObj(String::valueOf).collect(Collectors.joining());
            var inside = ev.person("IN");
            var outside = ev.person("OUT");
            ev.send("settlements.v1", ev.settlement(inside, "I1" + ev.run, "H" + region + "00001", region, "11",
                    "2025-03-01", null, "N40.x00", "100.00", "310", "2", null));
            ev.send("settlements.v1", ev.settlement(outside, "O1" + ev.run, "H43100200123", "431000", "11",
                    "2025-03-01", null, "N40.x00", "100.00", "310", "2", null));
            Set<String> two = Set.of("GENDER_MISMATCH:I1" + ev.run, "NOT_ENROLLED:I1" + ev.run);
            assertEquals(two, Eventually.get(FlagFlowTest.WAIT, () -> FlagFlowTest.openFlags(inside.personId()), two::equals));
            Set<String> two2 = Set.of("GENDER_MISMATCH:O1" + ev.run, "NOT_ENROLLED:O1" + ev.run);
            assertEquals(two2, Eventually.get(FlagFlowTest.WAIT, () -> FlagFlowTest.openFlags(outside.personId()), two2::equals));

            String sup = Tokens.supervisor(region);
            given().auth().oauth2(sup).queryParam("sort", "ruleCode").get("/api/v1/flags").then().statusCode(200)
                    .header("X-Total-Count", "2").body("ruleCode", equalTo(List.of("GENDER_MISMATCH", "NOT_ENROLLED")))
                    .body("regionCode", equalTo(List.of(region, region)))
                    .body("[0].idNumberMasked", equalTo("431002********1234"));
            given().auth().oauth2(sup).queryParam("personId", outside.personId()).get("/api/v1/flags").then()
                    .statusCode(200).header("X-Total-Count", "0").body("size()", equalTo(0));
            given().auth().oauth2(sup).queryParam("regionCode", "431000").get("/api/v1/flags").then()
                    .statusCode(200).header("X-Total-Count", "0");
            given().auth().oauth2(sup).queryParam("size", 1).queryParam("page", 1).queryParam("sort", "-ruleCode")
                    .get("/api/v1/flags").then().statusCode(200).header("X-Total-Count", "2")
                    .body("ruleCode", equalTo(List.of("GENDER_MISMATCH")));

            String outsideId = given().auth().oauth2(Tokens.admin()).queryParam("personId", outside.personId())
                    .queryParam("ruleCode", "GENDER_MISMATCH").get("/api/v1/flags").then().statusCode(200)
                    .extract().jsonPath().getString("[0].id");
            given().auth().oauth2(sup).get("/api/v1/flags/" + outsideId).then().statusCode(404)
                    .body("type", equalTo("urn:ybjg:problem:not-found"));
            given().auth().oauth2(Tokens.admin()).get("/api/v1/flags/" + outsideId).then().statusCode(200)
                    .body("ruleCode", equalTo("GENDER_MISMATCH")).body("evidence.restrictedTo", equalTo("MALE"))
                    .body("evidence.diagnosisRange", equalTo("N40-N51"))
                    .body("settlementId", equalTo("O1" + ev.run)).body("institutionCode", equalTo("H43100200123"));
            given().auth().oauth2(Tokens.supervisor()).get("/api/v1/flags").then().statusCode(200)
                    .header("X-Total-Count", "0");
        }
    }

    @Test
    void rolesAndBadQueries() {
        given().get("/api/v1/flags").then().statusCode(401);
        given().auth().oauth2(Tokens.registry()).get("/api/v1/flags").then().statusCode(403)
                .body("detail", containsString("supervisor or admin"));
        given().auth().oauth2(Tokens.admin()).queryParam("sort", "cost").get("/api/v1/flags").then().statusCode(400)
                .body("detail", containsString("sort: unknown field 'cost'"));
        given().auth().oauth2(Tokens.admin()).queryParam("status", "CLOSED").get("/api/v1/flags").then().statusCode(400)
                .body("errors[0].field", equalTo("status")).body("detail", containsString("must be one of"));
    }

    @Test
    void rulesCatalogAndValidatedVersionedChanges() {
        given().auth().oauth2(Tokens.supervisor("431000")).get("/api/v1/rules").then().statusCode(200)
                .body("ruleCode", hasItems("DUPLICATE_ENROLLMENT", "DECEASED_ACTIVE", "DRG_COST_OUTLIER",
                        "READMISSION_15D", "OVERLAPPING_STAY", "DUPLICATE_SETTLEMENT", "GENDER_MISMATCH", "NOT_ENROLLED"))
                .body("size()", equalTo(8));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/rules/DRG_COST_OUTLIER").then().statusCode(200)
                .body("nameZh", equalTo("高倍率/低倍率病例")).body("parameters.minSample", equalTo(30))
                .body("parameters.highMultiples.size()", equalTo(3));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/rules/NO_SUCH_RULE").then().statusCode(404);

        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("parameters", Map.of("maxDays", -1))).put("/api/v1/rules/READMISSION_15D").then()
                .statusCode(400).body("errors[0].field", equalTo("parameters.maxDays"))
                .body("errors[0].message", equalTo("must be between 0 and 365"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("parameters", Map.of("graceDayz", 10))).put("/api/v1/rules/DECEASED_ACTIVE").then()
                .statusCode(400).body("errors[0].field", equalTo("parameters.graceDayz"))
                .body("errors[0].message", equalTo("unknown parameter"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("parameters", Map.of("lowMultiple", "abc"))).put("/api/v1/rules/DRG_COST_OUTLIER").then()
                .statusCode(400).body("errors[0].field", equalTo("parameters.lowMultiple"));
        given().auth().oauth2(Tokens.supervisor("431000")).contentType("application/json")
                .body(Map.of("enabled", true)).put("/api/v1/rules/GENDER_MISMATCH").then().statusCode(403)
                .body("detail", equalTo("this operation requires role admin; your token does not carry it"));

        int before = given().auth().oauth2(Tokens.admin()).get("/api/v1/rules/GENDER_MISMATCH").then()
                .extract().jsonPath().getInt("version");
        int after = given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("enabled", true, "parameters", Map.of("maleOnly", List.of("C60-C63", "N40-N51"))))
                .put("/api/v1/rules/GENDER_MISMATCH").then().statusCode(200)
                .body("versionCreatedBy", equalTo("test-admin")).extract().jsonPath().getInt("version");
        assertEquals(before + 1, after);

        // Flags carry the version that made them.
        try (Events ev = new Events()) {
            var p = ev.person("V");
            ev.send("settlements.v1", ev.settlement(p, "V1" + ev.run, "H43100200123", "431000", "11", "2025-03-01",
                    null, "C61.x00", "100.00", "310", "2", null));
            Set<String> two = Set.of("GENDER_MISMATCH:V1" + ev.run, "NOT_ENROLLED:V1" + ev.run);
            assertEquals(two, Eventually.get(FlagFlowTest.WAIT, () -> FlagFlowTest.openFlags(p.personId()), two::equals));
            int version = given().auth().oauth2(Tokens.admin()).queryParam("personId", p.personId())
                    .queryParam("ruleCode", "GENDER_MISMATCH").get("/api/v1/flags").then().extract().jsonPath()
                    .getInt("[0].ruleVersion");
            assertEquals(true, version >= after, "flag made by version " + version + ", change made " + after);
        }
    }
}
