package cn.ybjg.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ybjg.claims.privacy.IdProtector;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Enrollments and death registrations: upsert by identity, duplicates publish nothing, changes publish once. */
@QuarkusTest
class RegistryApiTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    IdProtector protector;

    static ValidatableResponse post(String path, String body) {
        return given().auth().oauth2(Tokens.registry()).contentType("application/json").body(body).post(path).then();
    }

    static String enrollment(String id, String start, String end, String status) {
        return "{\"personId\":\"P1\",\"idNumber\":\"" + id + "\",\"insuranceType\":\"390\",\"regionCode\":\"441800\","
                + "\"startDate\":\"" + start + "\",\"endDate\":" + (end == null ? "null" : "\"" + end + "\"")
                + ",\"status\":\"" + status + "\"}";
    }

    long count(String sql, String param) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void enrollmentUpsertDuplicateAndChange() throws Exception {
        String id = TestRecords.idNumber() ;
        String hash = protector.hash(id);
        clear(hash);
        post("/api/v1/enrollments", "[" + enrollment(id, "2024-01-01", null, "ACTIVE") + ","
                + enrollment(id, "2020-01-01", "2023-12-31", "TERMINATED") + "]")
                .statusCode(200).body("accepted", equalTo(2)).body("duplicates", equalTo(0));
        post("/api/v1/enrollments", "[" + enrollment(id, "2024-01-01", null, "ACTIVE") + "]")
                .statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(1));
        post("/api/v1/enrollments", "[" + enrollment(id, "2024-01-01", "2025-06-30", "TERMINATED") + "]")
                .statusCode(200).body("accepted", equalTo(1)).body("duplicates", equalTo(0));
        assertEquals(2, count("SELECT count(*) FROM enrollment WHERE id_number_hash = ?", hash));
        assertEquals(1, count("SELECT count(*) FROM enrollment WHERE id_number_hash = ? AND status = 'TERMINATED'"
                + " AND start_date = '2024-01-01' AND end_date = '2025-06-30'", hash));
        assertEquals(3, count("SELECT count(*) FROM outbox WHERE topic = 'enrollments.v1' AND msg_key = ?", hash),
                "two new and one changed enrollment; the duplicate published nothing");
    }

    @Test
    void enrollmentRejectionsKeepTheRest() throws Exception {
        String id = TestRecords.idNumber();
        String hash = protector.hash(id);
        clear(hash);
        post("/api/v1/enrollments", "[" + enrollment(id, "2024-01-01", "2023-01-01", "ACTIVE") + ","
                + enrollment(id, "2022-01-01", null, "SUSPENDED") + "]")
                .statusCode(422).body("accepted", equalTo(1)).body("rejected", hasSize(1))
                .body("rejected.index", contains(0))
                .body("rejected[0].errors.field", contains("endDate"));
        assertEquals(1, count("SELECT count(*) FROM enrollment WHERE id_number_hash = ?", hash));
    }

    /** A registry batch is an ordered change feed: the later state of one enrollment wins, nothing is rejected. */
    @Test
    void laterStatesOfOneEnrollmentInABatchWin() throws Exception {
        String id = TestRecords.idNumber();
        String hash = protector.hash(id);
        clear(hash);
        post("/api/v1/enrollments", "[" + enrollment(id, "2020-01-01", null, "ACTIVE") + ","
                + enrollment(id, "2020-01-01", "2025-05-01", "TERMINATED") + "]")
                .statusCode(200).body("accepted", equalTo(2)).body("duplicates", equalTo(0)).body("rejected", hasSize(0));
        assertEquals(1, count("SELECT count(*) FROM enrollment WHERE id_number_hash = ? AND status = 'TERMINATED'"
                + " AND end_date = '2025-05-01'", hash));
        assertEquals(1, count("SELECT count(*) FROM outbox WHERE topic = 'enrollments.v1' AND msg_key = ?"
                + " AND payload::jsonb ->> 'status' = 'TERMINATED'", hash), "only the final state is published");
        assertEquals(1, count("SELECT count(*) FROM outbox WHERE topic = 'enrollments.v1' AND msg_key = ?", hash));
        assertEquals(1, count("SELECT count(*) FROM enrollment WHERE id_number_hash = ? AND submitted_by = 'test-registry'"
                + " AND submitted_role = 'registry'", hash), "the submitter is recorded");
    }

    @Test
    void aLaterDeathRegistrationOfOnePersonInABatchCorrectsTheEarlier() throws Exception {
        String id = TestRecords.idNumber();
        String hash = protector.hash(id);
        clear(hash);
        String death = "{\"idNumber\":\"" + id + "\",\"dateOfDeath\":\"%s\",\"source\":\"%s\"}";
        post("/api/v1/death-registrations", "[" + death.formatted("2025-05-01", "HOSPITAL") + ","
                + death.formatted("2025-04-30", "CIVIL_AFFAIRS") + "," + death.formatted("2025-04-30", "CIVIL_AFFAIRS") + "]")
                .statusCode(200).body("accepted", equalTo(2)).body("duplicates", equalTo(1));
        assertEquals(1, count("SELECT count(*) FROM death_registration WHERE id_number_hash = ?"
                + " AND date_of_death = '2025-04-30' AND source = 'CIVIL_AFFAIRS'", hash));
        assertEquals(1, count("SELECT count(*) FROM outbox WHERE topic = 'deaths.v1' AND msg_key = ?", hash));
    }

    @Test
    void deathCorrectionReplacesAndRepublishes() throws Exception {
        String id = TestRecords.idNumber();
        String hash = protector.hash(id);
        clear(hash);
        String death = "[{\"idNumber\":\"" + id + "\",\"dateOfDeath\":\"2025-05-01\",\"source\":\"HOSPITAL\"}]";
        post("/api/v1/death-registrations", death).statusCode(200).body("accepted", equalTo(1));
        post("/api/v1/death-registrations", death).statusCode(200).body("duplicates", equalTo(1));
        post("/api/v1/death-registrations", death.replace("2025-05-01", "2025-04-30")).statusCode(200).body("accepted", equalTo(1));
        assertEquals(1, count("SELECT count(*) FROM death_registration WHERE id_number_hash = ? AND date_of_death = '2025-04-30'", hash));
        assertEquals(2, count("SELECT count(*) FROM outbox WHERE topic = 'deaths.v1' AND msg_key = ?", hash));
    }

    @Test
    void onlyRegistryAndAdminSubmit() {
        given().auth().oauth2(Tokens.supervisor("431000")).contentType("application/json").body("[]")
                .post("/api/v1/death-registrations").then().statusCode(403)
                .body("missingPermission", equalTo("role registry or admin"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("[{\"idNumber\":\"1\"}]")
                .post("/api/v1/death-registrations").then().statusCode(422)
                .body("rejected[0].errors.field", contains("idNumber", "dateOfDeath", "source"));
    }

    /** Test ID numbers are random within 1,000 per birth date, so a rerun may meet an earlier run's rows. */
    void clear(String hash) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            for (String sql : new String[] {"DELETE FROM enrollment WHERE id_number_hash = ?",
                    "DELETE FROM death_registration WHERE id_number_hash = ?",
                    "DELETE FROM outbox WHERE msg_key = ? AND topic <> 'settlements.v1'"}) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, hash);
                    ps.executeUpdate();
                }
            }
        }
    }
}
