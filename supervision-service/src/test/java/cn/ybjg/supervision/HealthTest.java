package cn.ybjg.supervision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The service runs on the real local PostgreSQL and Kafka broker and says so on its open endpoints. */
@QuarkusTest
class HealthTest {

    @Test
    void readyWithDatabaseAndKafka() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void consumerLoopIsLive() {
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'supervision event consumer' }.status", equalTo("UP"));
    }

    @Test
    void openEndpointsNeedNoToken() {
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
