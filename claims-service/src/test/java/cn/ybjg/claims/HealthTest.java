package cn.ybjg.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The service runs on the real local PostgreSQL and says so on its open endpoints. Readiness does not depend
 * on Kafka (ingestion keeps accepting into the outbox while the broker is down); the outbox check reports the
 * backlog and whether the broker answers as data.
 */
@QuarkusTest
class HealthTest {

    @Test
    void readyWithDatabaseAndOutboxData() {
        // The broker probe has a 2 s time-out and is repeated at most every 5 s: on a loaded machine the first
        // one may time out, so wait for the broker to be seen rather than assert the first answer.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().get("/q/health/ready").then()
                        .body("checks.find { it.name == 'outbox' }.data.brokerReachable", equalTo(true)));
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "outbox"))
                .body("checks.name", not(hasItems("Kafka connection health check")))
                .body("checks.find { it.name == 'outbox' }.data.brokerReachable", equalTo(true))
                .body("checks.find { it.name == 'outbox' }.data.relayEnabled", equalTo(false))
                // a state word and a count: the relay's error text (hosts, topics, records) goes to the log only
                .body("checks.find { it.name == 'outbox' }.data.relayState", equalTo("disabled"))
                .body("checks.find { it.name == 'outbox' }.data.relayFailuresInARow", equalTo(0))
                .body("checks.find { it.name == 'outbox' }.data", not(hasKey("lastRelayError")));
    }

    @Test
    void openEndpointsNeedNoToken() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("ybjg_outbox_backlog"));
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/settlements/{institutionCode}/{settlementId}/reversal"))
                .body(containsString("/api/v1/death-registrations"))
                .body(containsString("X-Total-Count"))
                .body(containsString("has a wrong check digit (ISO 7064 MOD 11-2)"));
    }
}
