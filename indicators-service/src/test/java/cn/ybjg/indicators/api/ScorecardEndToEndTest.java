package cn.ybjg.indicators.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import cn.ybjg.indicators.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Settlements (with a reversal, re-deliveries and a reversal before its settlement), enrollments, flags and a
 * review go through the real broker; the scorecard of region 999001 for 2025 must match the sums worked by
 * hand in the comments, to 1e-8.
 */
@QuarkusTest
public class ScorecardEndToEndTest {

    public static final String REGION = "999001";
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void bigDecimals() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    public static String settlement(String id, String status, String ins, String med, String pm, String time, String total,
                             String scope, String fund, String serious, String assist, String account, String cash) {
        return """
                {"schemaVersion":1,"eventId":"%s","status":"%s","settlementId":"%s","institutionCode":"H99900100001",
                 "regionCode":"%s","personId":"P1","idNumberHash":"h-%s","idNumberMasked":"999001********0001","gender":"1",
                 "insuranceType":"%s","medicalType":"%s","paymentMethod":%s,"admissionDate":"2025-01-01",
                 "settlementTime":"%s","primaryDiagnosis":"I21.000","totalCost":%s,"policyScopeCost":%s,"fundPayment":%s,
                 "seriousIllnessPayment":%s,"medicalAssistancePayment":%s,"personalAccountPayment":%s,"cashPayment":%s,
                 "ingestedAt":"2025-03-02T10:00:00+08:00","reversedAt":null}"""
                .formatted("ev-" + RUN + "-" + id + "-" + status, status, RUN + id, REGION, RUN, ins, med,
                        pm == null ? "null" : "\"" + pm + "\"", time, total, scope, fund, serious, assist, account, cash);
    }

    static String enrollment(String person, String ins, String start, String end, String status, String version) {
        return """
                {"schemaVersion":1,"eventId":"en-%s-%s-%s-%s","idNumberHash":"h-%s-%s","idNumberMasked":"x","personId":"P",
                 "insuranceType":"%s","regionCode":"%s","startDate":"%s","endDate":%s,"status":"%s","ingestedAt":"2025-01-01T00:00:00+08:00"}"""
                .formatted(RUN, person, ins, version, RUN, person, ins, REGION, start,
                        end == null ? "null" : "\"" + end + "\"", status);
    }

    static String flag(String id, String status, String ins, String amount, String periodDate) {
        return """
                {"schemaVersion":1,"eventId":"fl-%s-%s-%s","id":"%s-%s","ruleCode":"NOT_ENROLLED","ruleVersion":1,
                 "severity":"DEFINITE","settlementId":null,"institutionCode":null,"regionCode":"%s","personId":"P",
                 "idNumberHash":"h","idNumberMasked":"x","insuranceType":%s,"amountAtRisk":%s,"evidence":{},
                 "detectedAt":"2025-04-01T10:00:00+08:00","periodDate":"%s","status":"%s"}"""
                .formatted(RUN, id, status, RUN, id, REGION, ins == null ? "null" : "\"" + ins + "\"", amount, periodDate, status);
    }

    void send(List<ProducerRecord<String, String>> records) throws Exception {
        try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of("bootstrap.servers", org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                "key.serializer", StringSerializer.class.getName(), "value.serializer", StringSerializer.class.getName()))) {
            for (ProducerRecord<String, String> r : records) p.send(r).get();
        }
    }

    @Test
    void scorecardFromEventsThroughTheBroker() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String t : List.of("settlement_aggregate", "settlement_state", "enrollment", "flag")) {
                s.executeUpdate("delete from " + t + " where region_code = '" + REGION + "'");
            }
        }
        String key = "h-" + RUN;
        String s1 = settlement("S1", "SETTLED", "310", "21", "DRG", "2025-03-09T16:20:00+08:00", "36500.00", "33000.00", "26000.00", "1500.00", "0.00", "2000.00", "7000.00");
        List<ProducerRecord<String, String>> st = new ArrayList<>();
        for (String v : List.of(s1, s1,
                settlement("S2", "SETTLED", "310", "21", "ITEM", "2025-06-01T09:00:00+08:00", "10000.00", "9000.00", "7000.00", "0.00", "0.00", "0.00", "3000.00"),
                // settled 2025-12-31 23:30 in Shanghai: counts in 2025
                settlement("S3", "SETTLED", "390", "21", "DIP", "2025-12-31T23:30:00+08:00", "20000.00", "18000.00", "11000.00", "1600.00", "400.00", "0.00", "7000.00"),
                // 2025-12-31T16:10Z is 2026-01-01 00:10 in Shanghai: counts in 2026, not 2025
                settlement("S4", "SETTLED", "390", "21", "DRG", "2025-12-31T16:10:00Z", "5000.00", "5000.00", "4000.00", "0.00", "0.00", "0.00", "1000.00"),
                settlement("S5", "SETTLED", "310", "21", "ITEM", "2025-05-05T10:00:00+08:00", "8000.00", "8000.00", "6400.00", "0.00", "0.00", "0.00", "1600.00"),
                settlement("S5", "REVERSED", "310", "21", "ITEM", "2025-05-05T10:00:00+08:00", "8000.00", "8000.00", "6400.00", "0.00", "0.00", "0.00", "1600.00"),
                settlement("S5", "REVERSED", "310", "21", "ITEM", "2025-05-05T10:00:00+08:00", "8000.00", "8000.00", "6400.00", "0.00", "0.00", "0.00", "1600.00"),
                settlement("S6", "REVERSED", "310", "21", "DRG", "2025-07-01T10:00:00+08:00", "3000.00", "3000.00", "2000.00", "0.00", "0.00", "0.00", "1000.00"),
                settlement("S6", "SETTLED", "310", "21", "DRG", "2025-07-01T10:00:00+08:00", "3000.00", "3000.00", "2000.00", "0.00", "0.00", "0.00", "1000.00"),
                settlement("S7", "SETTLED", "310", "11", null, "2025-04-01T10:00:00+08:00", "500.00", "500.00", "200.00", "0.00", "0.00", "100.00", "200.00"),
                "this is not json", s1)) {
            st.add(new ProducerRecord<>("settlements.v1", key, v));
        }
        send(st);
        List<ProducerRecord<String, String>> other = new ArrayList<>();
        for (String v : List.of(enrollment("p1", "310", "2020-01-01", null, "ACTIVE", "1"),
                enrollment("p1b", "390", "2024-01-01", null, "ACTIVE", "1"),
                enrollment("p2", "390", "2025-01-01", "2025-12-31", "ACTIVE", "1"),
                enrollment("p3", "390", "2019-01-01", null, "TERMINATED", "1"),
                enrollment("p4", "310", "2026-01-01", null, "ACTIVE", "1"),
                enrollment("p5", "310", "2021-01-01", null, "ACTIVE", "1"),
                enrollment("p5", "310", "2021-01-01", null, "SUSPENDED", "2"))) {
            other.add(new ProducerRecord<>("enrollments.v1", key, v));
        }
        // p1b is the same person as p1 in another scheme: counted once
        other.set(1, new ProducerRecord<>("enrollments.v1", key, other.get(1).value().replace("h-" + RUN + "-p1b", "h-" + RUN + "-p1")));
        for (String v : List.of(flag("F1", "OPEN", "310", "2490.00", "2025-03-09"), flag("F1", "OPEN", "310", "2490.00", "2025-03-09"),
                flag("F2", "DISMISSED", "310", "1000.00", "2025-03-09"), flag("F3", "OPEN", null, "500.00", "2025-04-01"),
                flag("F3", "WITHDRAWN", null, "500.00", "2025-04-01"), flag("F4", "CONFIRMED", "390", "0.00", "2026-01-01"),
                flag("F5", "OPEN", "390", "300.00", "2025-08-01"))) {
            other.add(new ProducerRecord<>("flags.v1", key, v));
        }
        send(other);
        Thread.sleep(500);
        send(List.of(new ProducerRecord<>("flag-reviews.v1", key, """
                {"schemaVersion":1,"eventId":"rv-%s","flagId":"%s-F5","ruleCode":"NOT_ENROLLED","regionCode":"%s","decision":"DISMISSED",
                 "note":"ok","recoveredAmount":0,"reviewer":"t","reviewedAt":"%s"}"""
                .formatted(RUN, RUN, REGION, java.time.OffsetDateTime.now().plusMinutes(1)))));

        String token = Tokens.supervisor(REGION);
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            ValidatableResponse r = given().auth().oauth2(token).queryParam("regionCode", REGION).queryParam("year", 2025)
                    .get("/api/v1/scorecard").then().statusCode(200);
            // enrollment: p1 (310+390, once), p2 -> 2 persons / 4 residents = 50%
            item(r, "T-ENROLL", "numerator", "2");
            item(r, "T-ENROLL", "value", "50.00000000");
            item(r, "T-ENROLL", "gap", "-45.00000000");
            // 310 policy scope: (26000+1500 + 7000) / (33000 + 9000) = 34500 / 42000 = 82.14285714 %, ≈80±2: not met
            item(r, "T-SCOPE-310", "numerator", "34500.00");
            item(r, "T-SCOPE-310", "denominator", "42000.00");
            item(r, "T-SCOPE-310", "value", "82.14285714");
            item(r, "T-SCOPE-310", "gap", "2.14285714");
            // 390 policy scope: (11000 + 1600) / 18000 = 70 %, >= 70: met
            item(r, "T-SCOPE-390", "value", "70.00000000");
            // DRG/DIP share: (36500 + 20000) / (36500 + 10000 + 20000) = 56500 / 66500
            item(r, "T-DRG", "numerator", "56500.00");
            item(r, "T-DRG", "denominator", "66500.00");
            item(r, "T-DRG", "value", "84.96240602");
            // flagged: F1 2490 (OPEN) / fund payments 29500 + 7000 + 13000 + 300 = 49800 -> 5 %, <= 3: not met
            BigDecimal flagged = new BigDecimal("2490.00").add(foreignFlagged());
            item(r, "T-FLAGGED", "numerator", flagged.toPlainString());
            item(r, "T-FLAGGED", "denominator", "49800.00");
            item(r, "T-FLAGGED", "value", flagged.divide(new BigDecimal("498.00"), 8, java.math.RoundingMode.HALF_EVEN).toPlainString());
            r.body("items.find { it.targetId == 'T-ENROLL' }.status", equalTo("NOT_MET"))
                    .body("items.find { it.targetId == 'T-SCOPE-310' }.met", equalTo(false))
                    .body("items.find { it.targetId == 'T-SCOPE-390' }.status", equalTo("MET"))
                    .body("items.find { it.targetId == 'T-DRG' }.status", equalTo("MET"))
                    .body("items.find { it.targetId == 'T-FLAGGED' }.status", equalTo("NOT_MET"))
                    .body("items.find { it.targetId == 'T-OOP' }.status", equalTo("NOT_DERIVABLE"))
                    .body("summary.met", equalTo(2)).body("summary.notMet", equalTo(3))
                    .body("summary.notDerivable", equalTo(1)).body("regionName", equalTo("测试市"));
        });

        // actual reimbursement for 2025: (27500 + 7000 + 12600 + 400) / 66500 = 47500 / 66500
        given().auth().oauth2(token).queryParam("regionCode", REGION).queryParam("period", "2025").get("/api/v1/indicators")
                .then().statusCode(200)
                .body("indicators.find { it.code == 'ACTUAL_INPATIENT_REIMBURSEMENT_RATIO' }.numerator", comparesEqualTo(new BigDecimal("47500.00")))
                .body("indicators.find { it.code == 'ACTUAL_INPATIENT_REIMBURSEMENT_RATIO' }.value", comparesEqualTo(new BigDecimal("0.7142857143")));
        // the S4 stay discharged 12-31 but settled 01-01 (Shanghai) counts in January 2026
        given().auth().oauth2(token).queryParam("regionCode", REGION).queryParam("period", "2026-01").queryParam("insuranceType", "390")
                .get("/api/v1/indicators").then().statusCode(200)
                .body("indicators.find { it.code == 'DRG_PAYMENT_SHARE' }.denominator", comparesEqualTo(new BigDecimal("5000.00")))
                .body("indicators.find { it.code == 'ENROLLMENT_RATE' }.value", nullValue())
                .body("indicators.find { it.code == 'ENROLLMENT_RATE' }.reason",
                        equalTo("no resident population configured for region 999001 in 2026 (add it to the seeds population data)"));
        // series by quarter: Q1 holds S1 only (DRG), Q2 S2 (ITEM), Q3 nothing (S6 never counted), Q4 S3 (DIP)
        given().auth().oauth2(token).queryParam("regionCode", REGION).queryParam("from", "2025-01").queryParam("to", "2025-12")
                .queryParam("granularity", "quarter").get("/api/v1/indicators/DRG_PAYMENT_SHARE/series").then().statusCode(200)
                .body("points.period", contains("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"))
                .body("points.denominator", contains(comparesEqualTo(new BigDecimal("36500.00")), comparesEqualTo(new BigDecimal("10000.00")),
                        comparesEqualTo(new BigDecimal("0.00")), comparesEqualTo(new BigDecimal("20000.00"))))
                .body("points[2].value", nullValue())
                .body("points[2].reason", equalTo("no settled inpatient settlements in the period"));

        assertDeadLettered(key);
    }

    static void item(ValidatableResponse r, String id, String field, String expected) {
        String actual = r.extract().jsonPath().getString("items.find { it.targetId == '" + id + "' }." + field);
        org.junit.jupiter.api.Assertions.assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)),
                id + "." + field + ": expected " + expected + " but was " + actual);
    }

    /**
     * supervision-service (its tests share the broker) may flag these test settlements too (e.g. NOT_ENROLLED);
     * those flags are real traffic of the region, so they are added to the expected numerator exactly.
     */
    BigDecimal foreignFlagged() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select coalesce(sum(amount_at_risk), 0) from flag where region_code = '" + REGION
                     + "' and status in ('OPEN', 'CONFIRMED') and period_date between '2025-01-01' and '2025-12-31'"
                     + " and id not like '" + RUN + "-%'")) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    void assertDeadLettered(String key) {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of("bootstrap.servers", org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                "key.deserializer", StringDeserializer.class.getName(), "value.deserializer", StringDeserializer.class.getName(),
                "group.id", "indicators-test-dlq-" + RUN, "auto.offset.reset", "earliest"))) {
            List<TopicPartition> parts = c.partitionsFor("settlements.v1.dlq").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key()) && "this is not json".equals(r.value())) {
                        return "settlements.v1".equals(new String(r.headers().lastHeader("dlq-original-topic").value()))
                                && new String(r.headers().lastHeader("dlq-reason").value()).startsWith("unparseable");
                    }
                }
                return false;
            });
        }
    }
}
