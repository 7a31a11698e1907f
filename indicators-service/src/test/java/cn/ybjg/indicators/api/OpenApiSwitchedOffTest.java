package cn.ybjg.indicators.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployment that must not describe itself sets OPENAPI_ENABLED=false and SWAGGER_UI_ENABLED=false. */
@QuarkusTest
@TestProfile(OpenApiSwitchedOffTest.Off.class)
class OpenApiSwitchedOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("OPENAPI_ENABLED", "false", "SWAGGER_UI_ENABLED", "false");
        }
    }

    @Test
    void neitherTheDescriptionNorTheUiIsServed() {
        given().get("/q/openapi").then().statusCode(404);
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().get("/q/health/live").then().statusCode(200);
    }
}
