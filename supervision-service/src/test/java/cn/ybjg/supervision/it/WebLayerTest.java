package cn.ybjg.supervision.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The web layer of supervision-service: every error is problem+json naming the parameter or body field at fault
 * (unknown filter values, malformed dates, page overflow, wrongly typed JSON, fractional rule parameters), the
 * HTTP layer's own errors carry a body, tokens are checked for audience and lifetime, and every /api answer carries
 * Cache-Control: no-store and X-Content-Type-Options: nosniff.
 */
@QuarkusTest
class WebLayerTest {

    static ValidatableResponse problem(ValidatableResponse answer, int status) {
        return answer.statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status)).body("type", notNullValue()).body("title", notNullValue())
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    }

    static ValidatableResponse badParameter(String query, String parameter) {
        return problem(given().auth().oauth2(Tokens.admin()).get(query).then(), 400)
                .body("type", equalTo("urn:ybjg:problem:bad-parameter")).body("errors[0].field", equalTo(parameter))
                .body("detail", containsString("'" + parameter + "'"));
    }

    static ValidatableResponse badBody(String method, String path, String json, String field) {
        var request = given().auth().oauth2(Tokens.admin()).contentType("application/json").body(json);
        var answer = method.equals("PUT") ? request.put(path) : request.post(path);
        return problem(answer.then(), 400).body("errors[0].field", equalTo(field));
    }

    @Test
    void pagesPastTheEndOfIntAre400NamingPage() {
        badParameter("/api/v1/flags?page=4294968&size=500", "page");
        badParameter("/api/v1/audit-log?page=4294968&size=500", "page");
        badParameter("/api/v1/flags?page=4294967296", "page");
    }

    @Test
    void malformedDatesAndIdsAre400NamingThem() {
        badParameter("/api/v1/flags?from=x", "from").body("errors[0].message", equalTo("must be a date YYYY-MM-DD"));
        badParameter("/api/v1/rule-stats?to=2025-13-01", "to");
        badParameter("/api/v1/audit-log?from=yesterday", "from");
        badParameter("/api/v1/flags/not-a-uuid", "id");
    }

    @Test
    void unknownFilterValuesAre400ListingTheAllowedOnes() {
        badParameter("/api/v1/flags?ruleCode=NOPE", "ruleCode")
                .body("errors[0].message", containsString("GENDER_MISMATCH"));
        badParameter("/api/v1/flags?severity=high", "severity")
                .body("errors[0].message", equalTo("must be one of [DEFINITE, SUSPICIOUS]"));
        badParameter("/api/v1/flags?status=NOPE", "status")
                .body("errors[0].message", equalTo("must be one of [CONFIRMED, DISMISSED, OPEN, WITHDRAWN]"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/flags?ruleCode=GENDER_MISMATCH&severity=DEFINITE&status=OPEN")
                .then().statusCode(200);
    }

    @Test
    void wronglyTypedBodiesAre400NamingTheField() {
        String flag = "/api/v1/flags/" + UUID.randomUUID() + "/reviews";
        badBody("POST", flag, "{\"decision\":\"CONFIRMED\",\"recoveredAmount\":\"lots\"}", "recoveredAmount")
                .body("errors[0].message", equalTo("must be a number"));
        badBody("POST", flag, "{\"decision\":{\"x\":1}}", "decision");
        badBody("POST", "/api/v1/replays", "{\"from\":\"x\",\"to\":\"2025-01-31\",\"dryRun\":true}", "from")
                .body("errors[0].message", equalTo("must be a date YYYY-MM-DD"));
        badBody("POST", "/api/v1/replays", "{\"from\":\"2025-01-01\",\"to\":\"2025-01-31\",\"dryRun\":\"maybe\"}", "dryRun");
        badBody("POST", "/api/v1/replays", "{\"from\":\"2025-01-01\",\"to\":\"2025-01-31\",\"ruleCodes\":\"NOT_ENROLLED\","
                + "\"dryRun\":true}", "ruleCodes");
        badBody("PUT", "/api/v1/rules/GENDER_MISMATCH", "{\"enabled\":\"perhaps\"}", "enabled");
        badBody("PUT", "/api/v1/rules/GENDER_MISMATCH", "{\"parameters\":[1,2]}", "parameters");
        problem(given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"enabled\":")
                .put("/api/v1/rules/GENDER_MISMATCH").then(), 400).body("type", equalTo("urn:ybjg:problem:invalid-body"));
    }

    @Test
    void aFractionalWholeNumberParameterIsRefusedNotTruncated() {
        int before = given().auth().oauth2(Tokens.admin()).get("/api/v1/rules/READMISSION_15D").then()
                .extract().jsonPath().getInt("version");
        badBody("PUT", "/api/v1/rules/READMISSION_15D", "{\"parameters\":{\"maxDays\":15.5}}", "parameters.maxDays")
                .body("errors[0].message", equalTo("must be a whole number"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/rules/READMISSION_15D").then()
                .body("version", equalTo(before));
    }

    @Test
    void httpLayerErrorsCarryAProblemBody() {
        problem(given().get("/api/v1/flags").then(), 401).header("WWW-Authenticate", startsWith("Bearer"));
        problem(given().auth().oauth2(Tokens.admin()).contentType("text/plain").body("x").post("/api/v1/replays").then(), 415);
        problem(given().auth().oauth2(Tokens.admin()).delete("/api/v1/rules").then(), 405);
        problem(given().auth().oauth2(Tokens.registry()).get("/api/v1/flags").then(), 403)
                .body("missingPermission", equalTo("role supervisor or admin or hospital"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/rules").then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void tokensForAnotherAudienceOrLivingTooLongAre401() {
        String noAudience = Jwt.issuer(Tokens.ISSUER).upn("x").groups("admin").expiresIn(300).sign();
        problem(given().auth().oauth2(noAudience).get("/api/v1/rules").then(), 401);
        long year5138 = ZonedDateTime.of(5138, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
        String forever = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).upn("x").groups("admin")
                .issuedAt(Instant.now()).expiresAt(year5138).sign();
        problem(given().auth().oauth2(forever).get("/api/v1/rules").then(), 401);
    }

    @Test
    void regionsAsOneCommaSeparatedStringReadLikeAList() {
        String name = "sup-string-" + UUID.randomUUID();
        String token = Tokens.builder(name, "supervisor").claim("regions", " 441800, 431000 ,").sign();
        given().auth().oauth2(token).get("/api/v1/flags").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).queryParam("actor", name).get("/api/v1/audit-log").then().statusCode(200)
                .body("[0].details.regions", equalTo(List.of("441800", "431000")));
    }
}
