package cn.ybjg.supervision.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** GET /api/v1/flag-summary: grouped counts and amounts equal to the planted flags, scoped, filters checked. */
@QuarkusTest
class FlagSummaryTest {

    @Inject
    DataSource dataSource;

    @Test
    void groupsCountAndSumThePlantedFlagsWithinTheCallersRegions() throws Exception {
        String a = region();
        String b = region();
        plant(a, "GENDER_MISMATCH", "OPEN", "2025-03-05", "100.00", null, 3);
        plant(a, "GENDER_MISMATCH", "CONFIRMED", "2025-04-01", "50.25", "20.00", 2);
        plant(a, "NOT_ENROLLED", "WITHDRAWN", "2025-03-09", "999.00", null, 1);
        plant(b, "NOT_ENROLLED", "OPEN", "2025-03-10", "10.00", null, 4);
        given().auth().oauth2(Tokens.admin()).queryParam("groupBy", "regionCode,ruleCode,month")
                .queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .get("/api/v1/flag-summary?regionCode=" + a).then().statusCode(200)
                .body("groups", hasSize(2))
                .body("groups[0].key.ruleCode", equalTo("GENDER_MISMATCH")).body("groups[0].key.month", equalTo("2025-03"))
                .body("groups[0].count", equalTo(3)).body("groups[0].amountAtRisk", equalTo(300.00f))
                .body("groups[0].recoveredAmount", equalTo(0))
                .body("groups[1].key.month", equalTo("2025-04")).body("groups[1].count", equalTo(2))
                .body("groups[1].amountAtRisk", equalTo(100.50f)).body("groups[1].recoveredAmount", equalTo(40.00f));
        given().auth().oauth2(Tokens.admin()).queryParam("groupBy", "status").queryParam("status", "WITHDRAWN")
                .get("/api/v1/flag-summary?regionCode=" + a).then().statusCode(200)
                .body("groups.key.status", contains("WITHDRAWN")).body("groups[0].count", equalTo(1));
        given().auth().oauth2(Tokens.supervisor(b)).queryParam("groupBy", "regionCode")
                .get("/api/v1/flag-summary?ruleCode=NOT_ENROLLED").then().statusCode(200)
                .body("groups.key.regionCode", contains(b)).body("groups[0].count", equalTo(4));
        given().auth().oauth2(Tokens.supervisor(b)).get("/api/v1/flag-summary?regionCode=" + a).then().statusCode(200)
                .body("groups[0].count", equalTo(0));
    }

    @Test
    void unknownDimensionsAndFiltersAre400NamingThem() {
        given().auth().oauth2(Tokens.admin()).get("/api/v1/flag-summary?groupBy=ruleCode,nope").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/flag-summary?groupBy=status,status").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/flag-summary?ruleCode=NOPE").then().statusCode(400)
                .body("errors[0].field", equalTo("ruleCode"));
        given().auth().oauth2(Tokens.registry()).get("/api/v1/flag-summary").then().statusCode(403);
    }

    private static String region() {
        return "7" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    private void plant(String region, String rule, String status, String period, String amount, String recovered, int n)
            throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into flag (id, rule_code, subject_key, rule_version, severity, region_code, person_id,
                  id_number_hash, id_number_masked, amount_at_risk, recovered_amount, evidence, detected_at,
                  period_date, status, status_changed_at)
                select gen_random_uuid(), ?, ? || ':' || g, 1, 'DEFINITE', ?, 'P-SUMMARY', repeat('0', 64),
                  '431002********0000', ?::numeric, ?::numeric, '{}'::jsonb, now(), ?::date, ?, now()
                from generate_series(1, ?) g""")) {
            Object[] values = {rule, "SUMMARY-" + region + "-" + rule + "-" + status, region, amount, recovered, period,
                status, n};
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
