package cn.ybjg.indicators.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.ybjg.indicators.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The web layer of indicators-service: malformed and unknown parameters are problem+json 400s naming the
 * parameter (never a 404, never an empty 200), the HTTP layer's errors carry a body, tokens are checked for
 * audience and lifetime, a regions claim given as one string counts, and /api answers are not cacheable.
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
                .body("type", equalTo("urn:ybjg:problem:bad-parameter")).body("errors[0].field", equalTo(parameter));
    }

    @Test
    void aYearThatIsNoNumberIs400NamingYear() {
        badParameter("/api/v1/scorecard?regionCode=431000&year=abc", "year");
        badParameter("/api/v1/scorecard?regionCode=431000&year=99999999999", "year");
        badParameter("/api/v1/scorecard?regionCode=431000&year=1066", "year");
    }

    @Test
    void anUnknownInsuranceTypeIs400ListingTheKnownOnes() {
        badParameter("/api/v1/indicators?regionCode=431000&period=2025&insuranceType=' OR '1'='1", "insuranceType")
                .body("errors[0].message", equalTo("must be one of [310, 390]"));
        badParameter("/api/v1/indicators/DRG_PAYMENT_SHARE/series?regionCode=431000&from=2025-01&to=2025-03"
                + "&insuranceType=999", "insuranceType");
        given().auth().oauth2(Tokens.admin()).get("/api/v1/indicators?regionCode=431000&period=2025&insuranceType=310")
                .then().statusCode(200).body("insuranceType", equalTo("310"));
    }

    @Test
    void badSeriesParametersAreNamedWithoutEchoingTheValue() {
        badParameter("/api/v1/indicators/NOPE/series?regionCode=431000&from=2025-01&to=2025-03", "code")
                .body("errors[0].message", containsString("DRG_PAYMENT_SHARE"));
        badParameter("/api/v1/indicators/DRG_PAYMENT_SHARE/series?regionCode=431000&from=<b>&to=2025-03", "from")
                .body("detail", org.hamcrest.Matchers.not(containsString("<b>")));
        badParameter("/api/v1/indicators/DRG_PAYMENT_SHARE/series?regionCode=431000&from=2025-05&to=2025-03", "to");
        badParameter("/api/v1/indicators?regionCode=4310&period=2025", "regionCode");
    }

    @Test
    void httpLayerErrorsCarryAProblemBody() {
        problem(given().get("/api/v1/targets").then(), 401).header("WWW-Authenticate", startsWith("Bearer"));
        problem(given().auth().oauth2(Tokens.admin()).accept("image/png").get("/api/v1/targets").then(), 406);
        problem(given().auth().oauth2(Tokens.admin()).delete("/api/v1/targets").then(), 405);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/targets").then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void tokensForAnotherAudienceOrLivingTooLongAre401() {
        String noAudience = Jwt.issuer(Tokens.ISSUER).upn("x").groups("admin").expiresIn(300).sign();
        problem(given().auth().oauth2(noAudience).get("/api/v1/targets").then(), 401);
        long year5138 = ZonedDateTime.of(5138, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
        String forever = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).upn("x").groups("admin")
                .issuedAt(Instant.now()).expiresAt(year5138).sign();
        problem(given().auth().oauth2(forever).get("/api/v1/targets").then(), 401);
    }

    @Test
    void regionsAsOneCommaSeparatedStringCount() {
        String token = Tokens.builder("t-sup-string", "supervisor").claim("regions", "441800, 431000").sign();
        given().auth().oauth2(token).get("/api/v1/targets?regionCode=431000").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/scorecard?regionCode=441800&year=2025").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/targets?regionCode=110000").then().statusCode(403);
    }

    @Test
    void openApiAndSwaggerUiAreOnByDefault() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
