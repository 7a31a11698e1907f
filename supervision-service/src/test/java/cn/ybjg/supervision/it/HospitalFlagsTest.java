package cn.ybjg.supervision.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A hospital reads the flags on its own institution's settlements, in any region, and never another's. */
@QuarkusTest
class HospitalFlagsTest {

    @Inject
    DataSource dataSource;

    @Test
    void aHospitalSeesOnlyItsOwnInstitutionsFlags() throws Exception {
        String own = institution();
        String other = institution();
        plant(own, "431000", 2);
        plant(own, "441800", 1);   // 异地就医: a patient insured in another region
        plant(other, "431000", 3);
        given().auth().oauth2(Tokens.hospital(own)).get("/api/v1/flags?size=500").then().statusCode(200)
                .body("$", hasSize(3)).body("institutionCode", everyItem(equalTo(own)))
                .body("idNumberMasked", everyItem(equalTo("431002********0000")));
        given().auth().oauth2(Tokens.hospital(own)).get("/api/v1/flags?institutionCode=" + other).then().statusCode(403)
                .body("missingPermission", equalTo("institution:" + other));
        String foreign = anyFlagOf(other);
        given().auth().oauth2(Tokens.hospital(own)).get("/api/v1/flags/" + foreign).then().statusCode(404);
        given().auth().oauth2(Tokens.hospital(other)).get("/api/v1/flags/" + foreign).then().statusCode(200)
                .body("institutionCode", equalTo(other));
        given().auth().oauth2(Tokens.hospital(own)).get("/api/v1/rule-stats").then().statusCode(403);
    }

    private static String institution() {
        return "H431002" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    private String anyFlagOf(String institution) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select id::text from flag where institution_code = ? limit 1")) {
            ps.setString(1, institution);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void plant(String institution, String region, int n) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into flag (id, rule_code, subject_key, rule_version, severity, settlement_id, institution_code,
                  region_code, person_id, id_number_hash, id_number_masked, amount_at_risk, evidence, detected_at,
                  period_date, status, status_changed_at)
                select gen_random_uuid(), 'GENDER_MISMATCH', ? || ':' || g, 1, 'DEFINITE', 'S' || g, ?, ?, 'P-HOSP',
                  repeat('0', 64), '431002********0000', 1.00, '{}'::jsonb, now(), current_date, 'OPEN', now()
                from generate_series(1, ?) g""")) {
            Object[] values = {"HOSP-" + institution + "-" + region, institution, region, n};
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
