package cn.ybjg.indicators.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ybjg.indicators.Tokens;
import cn.ybjg.indicators.api.ScorecardEndToEndTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A paused instance leaves settlement events in Kafka, for longer than a minute; resuming projects every one of them,
 * none dropped.
 */
@QuarkusTest
class ConsumptionPauseTest {

    static final String INSTITUTION = "H99900100001";
    static final String REGION = "999002";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eventsWaitWhilePausedAndAreProjectedOnResume() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.admin()).post("/api/v1/consumption/pause").then().statusCode(200)
                .body("paused.settlements", equalTo(true)).body("paused.flag-reviews", equalTo(true));
        try {
            send(run, 50);
            // longer than the 60 s after which the throttled commit strategy fails a channel whose fetched records
            // wait unacknowledged: a pause of that length stopped the channels for good until the check was off
            Thread.sleep(65_000);
            assertEquals(0, projected(run), "a paused channel projected settlements");
        } finally {
            given().auth().oauth2(Tokens.admin()).post("/api/v1/consumption/resume").then().statusCode(200)
                    .body("paused.settlements", equalTo(false));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> projected(run) == 50);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/consumption").then().statusCode(200)
                .body("paused.enrollments", equalTo(false));
    }

    @Test
    void onlyAdminsPause() {
        given().post("/api/v1/consumption/pause").then().statusCode(401);
        given().auth().oauth2(Tokens.supervisor("431000")).post("/api/v1/consumption/pause").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/consumption").then().statusCode(200)
                .body("paused.settlements", equalTo(false));
    }

    private static void send(String run, int count) throws Exception {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "key.serializer", StringSerializer.class.getName(), "value.serializer", StringSerializer.class.getName()))) {
            for (int i = 0; i < count; i++) {
                String event = ScorecardEndToEndTest.settlement("P" + i, "SETTLED", "310", "21", "DRG",
                        "2025-03-09T16:20:00+08:00", "100.00", "100.00", "80.00", "0.00", "0.00", "0.00", "20.00");
                // ScorecardEndToEndTest's ids and region are its own: this test's run prefixes the ids, in a region
                // of its own, so that neither test sees the other's settlements
                event = event.replace("\"settlementId\":\"", "\"settlementId\":\"" + run)
                        .replace("\"regionCode\":\"" + ScorecardEndToEndTest.REGION, "\"regionCode\":\"" + REGION)
                        .replace("\"eventId\":\"", "\"eventId\":\"" + run);
                p.send(new ProducerRecord<>("settlements.v1", "h-" + run, event)).get();
            }
        }
    }

    private long projected(String run) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select count(*) from settlement_state where institution_code = ? and region_code = ? and settlement_id like ?")) {
            q.setString(1, INSTITUTION);
            q.setString(2, REGION);
            q.setString(3, run + "%");
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
