package cn.ybjg.claims.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.ybjg.claims.TestRecords;
import cn.ybjg.claims.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Tokens must be meant for this system and short-lived; a regions claim reads the same in every form. */
@QuarkusTest
class TokenChecksTest {

    @Test
    void aTokenForAnotherAudienceIs401() {
        String noAudience = Jwt.issuer(Tokens.ISSUER).upn("x").groups("admin").expiresIn(300).sign();
        String otherAudience = Jwt.issuer(Tokens.ISSUER).audience("another-system").upn("x").groups("admin")
                .expiresIn(300).sign();
        given().auth().oauth2(noAudience).get("/api/v1/audit-log").then().statusCode(401)
                .body("type", equalTo("urn:ybjg:problem:unauthorized"));
        given().auth().oauth2(otherAudience).get("/api/v1/audit-log").then().statusCode(401);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/audit-log").then().statusCode(200);
    }

    @Test
    void aTokenLivingForMillenniaIs401() {
        long year5138 = ZonedDateTime.of(5138, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
        String forever = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).upn("x").groups("admin")
                .issuedAt(Instant.now()).expiresAt(year5138).sign();
        given().auth().oauth2(forever).get("/api/v1/audit-log").then().statusCode(401)
                .body("type", equalTo("urn:ybjg:problem:unauthorized"));
        String twoDays = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).upn("x").groups("admin")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(2 * 86_400)).sign();
        given().auth().oauth2(twoDays).get("/api/v1/audit-log").then().statusCode(401);
    }

    @Test
    void regionsGivenAsOneCommaSeparatedStringAreHonoured() {
        String inst = TestRecords.institution();
        String id = TestRecords.unique("R");
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("[" + TestRecords.settlement(id, inst, TestRecords.idNumber()) + "]")
                .post("/api/v1/settlements").then().statusCode(200);
        String asString = Tokens.builder("sup-string", "supervisor").claim("regions", "441800, 431000").sign();
        given().auth().oauth2(asString).get("/api/v1/settlements/" + inst + "/" + id).then().statusCode(200)
                .body("settlementId", equalTo(id));
        given().auth().oauth2(asString).get("/api/v1/settlements?institutionCode=" + inst).then().statusCode(200)
                .header("X-Total-Count", "1");
        String otherRegion = Tokens.builder("sup-other", "supervisor").claim("regions", "441800").sign();
        given().auth().oauth2(otherRegion).get("/api/v1/settlements?institutionCode=" + inst).then().statusCode(200)
                .header("X-Total-Count", "0");
    }
}
