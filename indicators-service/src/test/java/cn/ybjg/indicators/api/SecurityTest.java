package cn.ybjg.indicators.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import cn.ybjg.indicators.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityTest {

    @Test
    void noTokenIs401() {
        given().get("/api/v1/scorecard?regionCode=431000&year=2025").then().statusCode(401);
        given().get("/api/v1/targets").then().statusCode(401);
    }

    @Test
    void supervisorOutsideItsRegionsGets403NamingTheRegion() {
        given().auth().oauth2(Tokens.supervisor("431000")).get("/api/v1/scorecard?regionCode=441800&year=2025").then()
                .statusCode(403)
                .body("detail", equalTo("missing permission: region 441800 is not in the token's regions claim [431000]"))
                .body("missingPermission", equalTo("region:441800"));
        given().auth().oauth2(Tokens.supervisor("431000")).get("/api/v1/indicators?regionCode=441800&period=2025").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.supervisor("431000")).get("/api/v1/targets?regionCode=441800").then().statusCode(403);
    }

    @Test
    void supervisorSeesOnlyItsTargets() {
        given().auth().oauth2(Tokens.supervisor("441800")).get("/api/v1/targets").then().statusCode(200)
                .body("regionCode", everyItem(equalTo("441800")))
                .body("id", hasItem("QY-2025-ENROLLMENT-HEALTH-PLAN"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/targets").then().statusCode(200)
                .body("regionCode", hasItem("431000")).body("regionCode", hasItem("441800"));
    }

    @Test
    void onlyAdminReloads() {
        given().auth().oauth2(Tokens.supervisor("431000")).post("/api/v1/targets/reload").then().statusCode(403)
                .body("detail", equalTo("this operation requires role admin; your token does not carry it"))
                .body("missingPermission", equalTo("role admin"));
        given().auth().oauth2(Tokens.hospital("H43100200123")).get("/api/v1/targets").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).post("/api/v1/targets/reload").then().statusCode(200)
                .body("population", equalTo(2));
    }

    @Test
    void chenzhouScorecardListsEverySeedTarget() {
        given().auth().oauth2(Tokens.admin()).get("/api/v1/scorecard?regionCode=431000&year=2025").then().statusCode(200)
                .body("items.size()", equalTo(10))
                .body("summary.notDerivable", equalTo(6))
                .body("items.find { it.targetId == 'CZ-2025-ENROLLMENT' }.reason",
                        equalTo("no resident population configured for region 431000 in 2025 (add it to the seeds population data)"));
    }

    @Test
    void targetsCarryComparatorToleranceAndSource() {
        given().auth().oauth2(Tokens.supervisor("431000")).get("/api/v1/targets?regionCode=431000").then().statusCode(200)
                .body("find { it.id == 'CZ-2025-POLICY-SCOPE-310' }.comparator", equalTo("≈"))
                .body("find { it.id == 'CZ-2025-POLICY-SCOPE-310' }.tolerance", equalTo(2))
                .body("find { it.id == 'CZ-2025-POLICY-SCOPE-310' }.source.document", equalTo("001_65d0c4f75aeeb8fa.txt"))
                .body("find { it.id == 'CZ-2025-POLICY-SCOPE-310' }.comparatorKind", org.hamcrest.Matchers.nullValue());
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/scorecard'.get.responses.'200'.content.'application/json'.examples.scorecard.value.regionCode",
                        equalTo("431000"));
    }

    @Test
    void badPeriodIs400() {
        given().auth().oauth2(Tokens.admin()).get("/api/v1/indicators?regionCode=431000&period=2025-13").then().statusCode(400)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", equalTo("must be a year (2025), a quarter (2025-Q1) or a month (2025-03)"));
    }
}
