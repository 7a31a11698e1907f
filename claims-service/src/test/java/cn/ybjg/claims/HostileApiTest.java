package cn.ybjg.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.ybjg.claims.privacy.IdProtector;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The holes a penetration test found in settlement intake, over HTTP on the real database: filing as another
 * institution through white space, rebuilding ID numbers from birth dates, heap exhaustion through exponents,
 * ID numbers as personId, NUL characters, and records without their submitter.
 */
@QuarkusTest
class HostileApiTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    IdProtector protector;

    long count(String sql, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    long stored(String institution) throws Exception {
        return count("SELECT count(*) FROM settlement WHERE institution_code = ?", institution);
    }

    @Test
    void aHospitalCannotFileForAnotherInstitutionThroughWhiteSpaceOrNul() throws Exception {
        String own = TestRecords.institution();
        String victim = TestRecords.institution();
        for (String suffix : List.of(" ", "\t", "\n", "\u0000", "\u3000")) {
            ObjectNode record = TestRecords.settlement(TestRecords.unique("W"), victim + suffix, TestRecords.idNumber());
            SettlementApiTest.post(Tokens.hospital(own), SettlementApiTest.batch(record).toString()).then()
                    .statusCode(422).body("accepted", equalTo(0))
                    .body("rejected[0].errors.field", contains("institutionCode"));
        }
        String csv = "settlementId,institutionCode,regionCode,personId,idNumber,gender,birthDate,insuranceType,medicalType,"
                + "admissionDate,settlementTime,primaryDiagnosis,totalCost,policyScopeCost,fundPayment,cashPayment\n"
                + "C1,\" " + victim + "\",431000,P1," + TestRecords.idNumber() + ",1,1960-05-01,310,11,2025-03-01,"
                + "2025-03-01T10:00:00+08:00,J06.900,100.00,100.00,80.00,20.00\n";
        given().auth().oauth2(Tokens.hospital(own)).contentType("text/csv").body(csv).post("/api/v1/settlements").then()
                .statusCode(422).body("rejected[0].errors.field", contains("institutionCode"));
        assertEquals(0, stored(victim), "nothing is stored under the victim's code");
    }

    @Test
    void ownCodeWithSurroundingWhiteSpaceIsStoredNormalised() throws Exception {
        String own = TestRecords.institution();
        SettlementApiTest.post(Tokens.hospital(own), SettlementApiTest.batch(
                TestRecords.settlement("N1 ", " " + own + "\t", TestRecords.idNumber())).toString())
                .then().statusCode(200).body("accepted", equalTo(1));
        assertEquals(1, count("SELECT count(*) FROM settlement WHERE institution_code = ? AND settlement_id = 'N1'", own));
    }

    @Test
    void answersAndEventsCarryTheBirthYearNeverTheBirthDate() throws Exception {
        String inst = TestRecords.institution();
        String id = TestRecords.idNumber();
        SettlementApiTest.post(Tokens.admin(), SettlementApiTest.batch(TestRecords.settlement("B1", inst, id)).toString())
                .then().statusCode(200);
        for (String answer : List.of(
                given().auth().oauth2(Tokens.admin()).get("/api/v1/settlements/" + inst + "/B1").then().statusCode(200)
                        .body("birthYear", equalTo(1960)).body("$", not(hasKey("birthDate"))).extract().asString(),
                given().auth().oauth2(Tokens.admin()).queryParam("institutionCode", inst).get("/api/v1/settlements")
                        .then().statusCode(200).body("[0].birthYear", equalTo(1960)).extract().asString())) {
            assertFalse(answer.contains("1960-05-01") || answer.contains("19600501"), answer);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT o.payload, s.birth_date_enc, s.birth_year FROM outbox o JOIN settlement s"
                        + " ON s.institution_code = o.payload::jsonb ->> 'institutionCode' AND s.settlement_id = 'B1'"
                        + " WHERE o.topic = 'settlements.v1' AND o.payload::jsonb ->> 'institutionCode' = ?")) {
            ps.setString(1, inst);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                JsonNode event = TestRecords.JSON.readTree(rs.getString(1));
                assertEquals(1960, event.get("birthYear").asInt());
                assertFalse(event.has("birthDate"));
                assertFalse(rs.getString(1).contains("1960-05-01"));
                assertEquals("1960-05-01", protector.decrypt(rs.getBytes(2)), "the birth date is kept, encrypted");
                assertEquals(1960, rs.getInt(3));
            }
        }
        assertEquals(0, count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'settlement'"
                + " AND column_name = 'birth_date'"), "no plaintext birth date at rest");
    }

    @Test
    void hugeExponentsAreRejectedAndTheServiceStaysUp() throws Exception {
        String inst = TestRecords.institution();
        String valid = TestRecords.settlement("E0", inst, TestRecords.idNumber()).toString();
        for (String amount : List.of("1E+999999999", "1e2147483647")) {
            String body = "[" + valid.replace("\"E0\"", "\"E" + amount.length() + "\"")
                    .replace("\"totalCost\":36500.00", "\"totalCost\":" + amount) + "]";
            SettlementApiTest.post(Tokens.admin(), body).then().statusCode(422)
                    .body("rejected[0].errors.field", contains("totalCost"));
        }
        given().get("/q/health/live").then().statusCode(200);
        assertEquals(0, stored(inst));
    }

    @Test
    void nulAndIdNumbersInIdentifiersAreFieldErrorsAndTheRestOfTheBatchIsStored() throws Exception {
        String inst = TestRecords.institution();
        String id = TestRecords.idNumber();
        ObjectNode good = TestRecords.settlement("G1", inst, id);
        ObjectNode nulPerson = TestRecords.settlement("G2", inst, id).put("personId", "P\u00002");
        ObjectNode nulSettlement = TestRecords.settlement("G3\u0000", inst, id).put("personId", "P3");
        ObjectNode idAsPerson = TestRecords.settlement("G4", inst, id).put("personId", TestRecords.idNumber());
        ObjectNode formula = TestRecords.settlement("=HYPERLINK(\"x\")", inst, id).put("personId", "P5");
        String answer = SettlementApiTest.post(Tokens.admin(),
                        SettlementApiTest.batch(good, nulPerson, nulSettlement, idAsPerson, formula).toString())
                .then().statusCode(422).body("accepted", equalTo(1))
                .body("rejected.index", contains(1, 2, 3, 4))
                .body("rejected[0].errors.field", contains("personId"))
                .body("rejected[1].errors.field", contains("settlementId"))
                .body("rejected[2].errors.field", contains("personId"))
                .body("rejected[3].errors.field", contains("settlementId"))
                .body("rejected[1].settlementId", equalTo("G3\\u0000")) // shown escaped, never as a raw NUL
                .extract().asString();
        assertFalse(answer.contains("\u0000"), "no NUL echoed");
        assertEquals(1, stored(inst));
        assertEquals(1, count("SELECT count(*) FROM settlement WHERE institution_code = ? AND settlement_id = 'G1'", inst));
    }

    @Test
    void theSubmitterAndTheReversalAreRecorded() throws Exception {
        String inst = TestRecords.institution();
        SettlementApiTest.post(Tokens.hospital(inst), SettlementApiTest.batch(
                TestRecords.settlement("V1", inst, TestRecords.idNumber())).toString()).then().statusCode(200);
        given().auth().oauth2(Tokens.hospital(inst)).contentType("application/json")
                .body("{\"reason\":\"wrong ward billed\"}")
                .post("/api/v1/settlements/" + inst + "/V1/reversal").then().statusCode(200)
                .body("status", equalTo("REVERSED")).body("submittedBy", equalTo("test-hospital"))
                .body("reversedBy", equalTo("test-hospital")).body("reversalReason", equalTo("wrong ward billed"));
        assertEquals(1, count("SELECT count(*) FROM settlement WHERE institution_code = ? AND settlement_id = 'V1'"
                + " AND submitted_by = 'test-hospital' AND submitted_role = 'hospital' AND reversed_by = 'test-hospital'", inst));
    }

    @Test
    void aReversalWithoutBodyStillWorksAndAnOversizedReasonIsRefused() throws Exception {
        String inst = TestRecords.institution();
        SettlementApiTest.post(Tokens.admin(), SettlementApiTest.batch(
                TestRecords.settlement("V2", inst, TestRecords.idNumber()),
                TestRecords.settlement("V3", inst, TestRecords.idNumber())).toString()).then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"reason\":\"" + "x".repeat(501) + "\"}")
                .post("/api/v1/settlements/" + inst + "/V3/reversal").then().statusCode(400)
                .body("errors.field", contains("reason"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"reason\":\"a\\u0000b\"}")
                .post("/api/v1/settlements/" + inst + "/V3/reversal").then().statusCode(400)
                .body("errors.field", contains("reason"));
        given().auth().oauth2(Tokens.admin()).post("/api/v1/settlements/" + inst + "/V2/reversal").then().statusCode(200)
                .body("status", equalTo("REVERSED")).body("submittedBy", equalTo("test-admin"));
        assertEquals(1, count("SELECT count(*) FROM settlement WHERE institution_code = ? AND status = 'SETTLED'", inst),
                "the refused reversal changed nothing");
    }

    @Test
    void aSearchByIdNumberIsRefusedAndNotLogged() throws Exception {
        String id = TestRecords.idNumber();
        long logged = count("SELECT count(*) FROM access_log");
        given().auth().oauth2(Tokens.supervisor("431000")).queryParam("personId", id).get("/api/v1/settlements")
                .then().statusCode(400);
        assertEquals(logged, count("SELECT count(*) FROM access_log"), "nothing written to the access log");
        assertEquals(0, count("SELECT count(*) FROM access_log WHERE details::text LIKE ?", "%" + id + "%"));
    }

    @Test
    void controlCharactersAndUnstorableDatesInParametersAre400NamingThem() {
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.admin()).get("/api/v1/settlements/H43100200123%00/x")
                .then().statusCode(400).body("errors[0].field", equalTo("institutionCode"));
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.admin()).get("/api/v1/settlements?institutionCode=%00")
                .then().statusCode(400).body("errors[0].field", equalTo("institutionCode"));
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.admin()).get("/api/v1/settlements?personId=P%0D%0AX")
                .then().statusCode(400).body("errors[0].field", equalTo("personId"));
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.admin()).get("/api/v1/settlements?to=%2B999999999-12-31")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/settlements/H43100200123/" + "x".repeat(300))
                .then().statusCode(404);
    }
}
