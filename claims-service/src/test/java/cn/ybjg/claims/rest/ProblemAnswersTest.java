package cn.ybjg.claims.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.ybjg.claims.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Every error answer is problem+json naming what was wrong: bad query parameters are 400 (never a 404 or an
 * int-overflow 500), and the errors of the HTTP layer (401, 405, 415) carry a body too. Every /api answer carries
 * Cache-Control: no-store and X-Content-Type-Options: nosniff.
 */
@QuarkusTest
class ProblemAnswersTest {

    static ValidatableResponse problem(ValidatableResponse answer, int status) {
        return answer.statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status)).body("title", org.hamcrest.Matchers.notNullValue())
                .body("type", org.hamcrest.Matchers.notNullValue())
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    }

    static ValidatableResponse badParameter(ValidatableResponse answer, String parameter) {
        return problem(answer, 400).body("type", equalTo("urn:ybjg:problem:bad-parameter"))
                .body("errors[0].field", equalTo(parameter)).body("detail", containsString("'" + parameter + "'"));
    }

    @Test
    void aPagePastTheEndOfIntIs400NamingPage() {
        badParameter(given().auth().oauth2(Tokens.admin()).get("/api/v1/settlements?page=4294968&size=500").then(), "page");
        badParameter(given().auth().oauth2(Tokens.admin()).get("/api/v1/audit-log?page=4294968&size=500").then(), "page");
        badParameter(given().auth().oauth2(Tokens.admin()).get("/api/v1/settlements?page=99999999999").then(), "page");
    }

    @Test
    void aDateThatDoesNotParseIs400NamingIt() {
        badParameter(given().auth().oauth2(Tokens.admin()).get("/api/v1/settlements?from=x").then(), "from")
                .body("errors[0].message", equalTo("must be a date YYYY-MM-DD"));
        badParameter(given().auth().oauth2(Tokens.admin()).get("/api/v1/audit-log?to=2025-02-30").then(), "to");
    }

    @Test
    void noTokenIs401WithAProblemBody() {
        problem(given().get("/api/v1/settlements").then(), 401)
                .body("type", equalTo("urn:ybjg:problem:unauthorized")).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aWrongContentTypeIs415WithAProblemBody() {
        problem(given().auth().oauth2(Tokens.admin()).contentType("text/plain").body("hello")
                .post("/api/v1/settlements").then(), 415);
    }

    @Test
    void aWrongMethodIs405WithAProblemBody() {
        problem(given().auth().oauth2(Tokens.admin()).delete("/api/v1/settlements").then(), 405);
    }

    @Test
    void anUnknownPathAndAnUnacceptableMediaTypeAreProblemsToo() {
        problem(given().auth().oauth2(Tokens.admin()).get("/api/v1/no-such-thing").then(), 404);
        problem(given().auth().oauth2(Tokens.admin()).accept("image/png").get("/api/v1/audit-log").then(), 406);
    }

    @Test
    void aMissingRoleIs403NamingTheRole() {
        problem(given().auth().oauth2(Tokens.registry()).get("/api/v1/audit-log").then(), 403)
                .body("missingPermission", equalTo("role admin"))
                .body("detail", equalTo("this operation requires role admin; your token does not carry it"));
    }

    @Test
    void successfulAnswersCarryTheTwoHeadersToo() {
        given().auth().oauth2(Tokens.admin()).get("/api/v1/audit-log?size=1").then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    }
}
