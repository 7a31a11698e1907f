package cn.ybjg.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.ybjg.claims.privacy.IdProtector;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Settlement upload, idempotency, CSV, reversal, lookup, search and scopes over HTTP, on the real database. */
@QuarkusTest
class SettlementApiTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    IdProtector protector;

    static Response post(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/settlements");
    }

    static ArrayNode batch(ObjectNode... records) {
        ArrayNode array = TestRecords.JSON.createArrayNode();
        for (ObjectNode r : records) {
            array.add(r);
        }
        return array;
    }

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

    long outboxEvents(String institution, String settlementId, String status) throws Exception {
        return count("SELECT count(*) FROM outbox WHERE topic = 'settlements.v1' AND payload::jsonb ->> 'institutionCode' = ?"
                + " AND payload::jsonb ->> 'settlementId' = ? AND payload::jsonb ->> 'status' = ?", institution, settlementId, status);
    }

    @Test
    void acceptsBatchStoresEncryptedIdAndQueuesOneEventEach() throws Exception {
        String inst = TestRecords.institution();
        String id = TestRecords.idNumber();
        post(Tokens.admin(), batch(TestRecords.settlement("A1", inst, id), TestRecords.settlement("A2", inst, id)).toString())
                .then().statusCode(200).body("accepted", equalTo(2)).body("duplicates", equalTo(0))
                .body("rejected", hasSize(0));
        assertEquals(1, outboxEvents(inst, "A1", "SETTLED"));
        assertEquals(1, outboxEvents(inst, "A2", "SETTLED"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id_number_enc, id_number_hash, id_number_masked, total_cost"
                     + " FROM settlement WHERE institution_code = ? AND settlement_id = 'A1'")) {
            ps.setString(1, inst);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(id, protector.decrypt(rs.getBytes(1)));
                assertEquals(protector.hash(id), rs.getString(2));
                assertEquals(id.substring(0, 6) + "********" + id.substring(14), rs.getString(3));
                assertEquals(new BigDecimal("36500.00"), rs.getBigDecimal(4));
            }
        }
        String answer = given().auth().oauth2(Tokens.admin()).get("/api/v1/settlements/" + inst + "/A1").then()
                .statusCode(200).body("idNumberMasked", equalTo(id.substring(0, 6) + "********" + id.substring(14)))
                .body("status", equalTo("SETTLED")).body("totalCost", equalTo(36500.00f))
                .body("lines[0].amount", equalTo(200.00f)).extract().asString();
        assertFalse(answer.contains(id), "the raw ID number never appears in an answer");
        assertFalse(answer.contains("idNumber\""), "no idNumber field");
    }

    @Test
    void resubmissionIsDuplicateAndChangedContentIsRejected() throws Exception {
        String inst = TestRecords.institution();
        ObjectNode record = TestRecords.settlement("D1", inst, TestRecords.idNumber());
        post(Tokens.admin(), batch(record).toString()).then().statusCode(200).body("accepted", equalTo(1));
        post(Tokens.admin(), batch(record).toString()).then().statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(1));
        ObjectNode changed = record.deepCopy().put("cashPayment", new BigDecimal("6999.00")).put("totalCost", new BigDecimal("36499.00"));
        post(Tokens.admin(), batch(changed).toString()).then().statusCode(422)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(0))
                .body("rejected[0].index", equalTo(0)).body("rejected[0].settlementId", equalTo("D1"))
                .body("rejected[0].errors.field", contains("settlementId"))
                .body("rejected[0].errors[0].message", containsString("reverse it (POST /api/v1/settlements/" + inst + "/D1/reversal)"));
        assertEquals(1, outboxEvents(inst, "D1", "SETTLED"), "duplicates and conflicts publish nothing");
        assertEquals(1, count("SELECT count(*) FROM settlement WHERE institution_code = ? AND total_cost = 36500.00", inst));
    }

    @Test
    void rejectedRecordsAreNotStoredButTheOthersAre() throws Exception {
        String inst = TestRecords.institution();
        String id = TestRecords.idNumber();
        ObjectNode bad = TestRecords.settlement("R2", inst, id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'))
                .put("fundPayment", new BigDecimal("25000.00"));
        String body = post(Tokens.admin(), batch(TestRecords.settlement("R1", inst, id), bad).toString()).then()
                .statusCode(422).body("accepted", equalTo(1)).body("duplicates", equalTo(0))
                .body("rejected", hasSize(1)).body("rejected[0].index", equalTo(1))
                .body("rejected[0].settlementId", equalTo("R2"))
                .body("rejected[0].errors.field", contains("idNumber", "totalCost"))
                .body("rejected[0].errors[1].message", equalTo("must equal fundPayment + seriousIllnessPayment"
                        + " + medicalAssistancePayment + personalAccountPayment + cashPayment = 35500.00, got 36500.00"))
                .extract().asString();
        assertFalse(body.contains(id.substring(0, 17)), "no ID number in error answers");
        assertEquals(1, count("SELECT count(*) FROM settlement WHERE institution_code = ?", inst));
        assertEquals(0, outboxEvents(inst, "R2", "SETTLED"));
    }

    @Test
    void sameRecordTwiceInOneBatchIsStoredOnce() throws Exception {
        String inst = TestRecords.institution();
        ObjectNode r = TestRecords.settlement("T1", inst, TestRecords.idNumber());
        post(Tokens.admin(), batch(r, r.deepCopy()).toString()).then().statusCode(200)
                .body("accepted", equalTo(1)).body("duplicates", equalTo(1));
        assertEquals(1, outboxEvents(inst, "T1", "SETTLED"));
    }

    @Test
    void concurrentSubmissionsOfTheSameRecordStoreItOnce() throws Exception {
        String inst = TestRecords.institution();
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            records.add(TestRecords.settlement("C" + i, inst, TestRecords.idNumber()));
        }
        String body = batch(records.toArray(ObjectNode[]::new)).toString();
        String token = Tokens.admin();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> accepted = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> call = () -> post(token, body).then().statusCode(200).extract().path("accepted");
                accepted.add(pool.submit(call));
            }
            int sum = 0;
            for (Future<Integer> f : accepted) {
                sum += f.get();
            }
            assertEquals(50, sum, "each record accepted by exactly one of the concurrent requests");
        } finally {
            pool.shutdown();
        }
        assertEquals(50, count("SELECT count(*) FROM settlement WHERE institution_code = ?", inst));
        assertEquals(50, count("SELECT count(*) FROM outbox WHERE payload::jsonb ->> 'institutionCode' = ?", inst));
    }

    @Test
    void csvUploadWithListFields() throws Exception {
        String inst = TestRecords.institution();
        String id = TestRecords.idNumber();
        String csv = "settlementId,institutionCode,regionCode,personId,idNumber,gender,birthDate,insuranceType,medicalType,"
                + "admissionDate,dischargeDate,settlementTime,primaryDiagnosis,secondaryDiagnoses,procedures,drgCode,"
                + "paymentMethod,totalCost,policyScopeCost,fundPayment,seriousIllnessPayment,medicalAssistancePayment,"
                + "personalAccountPayment,cashPayment\n"
                + "V1," + inst + ",431000,P1," + id + ",2,1980-01-01,390,11,2025-04-01,,2025-04-01T09:30:00+08:00,J06.900,"
                + "J20.900;R50.900,,,ITEM,120.50,100.00,60.25,,,10.00,50.25\n"
                + "V2," + inst + ",431000,P1," + id + ",2,1980-01-01,390,11,2025-04-02,,2025-04-02T09:30:00+08:00,J06.900,"
                + ",,,ITEM,120.50,100.00,60.25,,,10.00,50.00\n";
        given().auth().oauth2(Tokens.hospital(inst)).contentType("text/csv").body(csv).post("/api/v1/settlements")
                .then().statusCode(422).body("accepted", equalTo(1))
                .body("rejected[0].index", equalTo(1)).body("rejected[0].errors.field", contains("totalCost"));
        given().auth().oauth2(Tokens.hospital(inst)).get("/api/v1/settlements/" + inst + "/V1").then().statusCode(200)
                .body("secondaryDiagnoses", contains("J20.900", "R50.900")).body("procedures", hasSize(0))
                .body("fundPayment", equalTo(60.25f)).body("seriousIllnessPayment", equalTo(0.0f))
                .body("dischargeDate", nullValue()).body("gender", equalTo("2"));
    }

    /** Chinese HIS exports are often GBK: declared by the charset parameter or detected, stored exactly. */
    @Test
    void gbkCsvWithChinesePersonIdsIsStoredExactly() throws Exception {
        String inst = TestRecords.institution();
        String header = "settlementId,institutionCode,regionCode,personId,idNumber,gender,birthDate,insuranceType,"
                + "medicalType,admissionDate,settlementTime,primaryDiagnosis,totalCost,policyScopeCost,fundPayment,cashPayment\n";
        String row = ",%s,431000,%s," + TestRecords.idNumber() + ",1,1960-05-01,310,11,2025-03-01,"
                + "2025-03-01T10:00:00+08:00,J06.900,100.00,100.00,80.00,20.00\n";
        byte[] gbk = (header + "G1" + row.formatted(inst, "湘郴-张三") + "G2" + row.formatted(inst, "粤清-李四"))
                .getBytes(java.nio.charset.Charset.forName("GBK"));
        given().auth().oauth2(Tokens.hospital(inst)).contentType("text/csv; charset=GBK").body(gbk)
                .post("/api/v1/settlements").then().statusCode(200).body("accepted", equalTo(2));
        byte[] detected = (header + "G3" + row.formatted(inst, "湘郴-王五")).getBytes(java.nio.charset.Charset.forName("GBK"));
        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(Tokens.hospital(inst)).contentType("text/csv").body(detected)
                .post("/api/v1/settlements").then().statusCode(200).body("accepted", equalTo(1));
        for (String[] expected : new String[][] {{"G1", "湘郴-张三"}, {"G2", "粤清-李四"}, {"G3", "湘郴-王五"}}) {
            assertEquals(1, count("SELECT count(*) FROM settlement WHERE institution_code = ? AND settlement_id = ?"
                    + " AND person_id = ?", inst, expected[0], expected[1]), expected[0]);
        }
        byte[] broken = (header + "G4" + row.formatted(inst, "P4")).replace("P4", "P\u00ff").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        given().auth().oauth2(Tokens.hospital(inst)).contentType("text/csv; charset=UTF-8").body(broken)
                .post("/api/v1/settlements").then().statusCode(400).body("line", equalTo(2));
        assertEquals(3, count("SELECT count(*) FROM settlement WHERE institution_code = ?", inst));
    }

    @Test
    void csvWithUnknownColumnIs400() {
        given().auth().oauth2(Tokens.admin()).contentType("text/csv").body("settlementId,bogus\nS1,x\n")
                .post("/api/v1/settlements").then().statusCode(400).body("type", equalTo("urn:ybjg:problem:malformed-input"))
                .body("line", equalTo(1)).body("detail", containsString("unknown columns [bogus]"));
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() {
        post(Tokens.admin(), "[\n{\"settlementId\": \"x\",}\n]").then().statusCode(400)
                .body("type", equalTo("urn:ybjg:problem:malformed-input")).body("line", equalTo(2)).body("column", equalTo(22))
                .body("detail", containsString("malformed JSON at line 2, column 22"));
    }

    @Test
    void moreThan10000RecordsIs413AndNothingIsStored() throws Exception {
        String inst = TestRecords.institution();
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i <= 10_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"settlementId\":\"B").append(i).append("\",\"institutionCode\":\"").append(inst).append("\"}");
        }
        post(Tokens.admin(), body.append("]").toString()).then().statusCode(413).body("type", equalTo("urn:ybjg:problem:batch-too-large"));
        assertEquals(0, count("SELECT count(*) FROM settlement WHERE institution_code = ?", inst));
    }

    @Test
    void reversalMarksRecordAndQueuesReversedEvent() throws Exception {
        String inst = TestRecords.institution();
        post(Tokens.hospital(inst), batch(TestRecords.settlement("V1", inst, TestRecords.idNumber())).toString())
                .then().statusCode(200);
        given().auth().oauth2(Tokens.hospital(inst)).post("/api/v1/settlements/" + inst + "/V1/reversal").then()
                .statusCode(200).body("status", equalTo("REVERSED")).body("reversedAt", not(nullValue()))
                .body("totalCost", equalTo(36500.00f));
        assertEquals(1, outboxEvents(inst, "V1", "REVERSED"));
        given().auth().oauth2(Tokens.hospital(inst)).post("/api/v1/settlements/" + inst + "/V1/reversal").then()
                .statusCode(409).body("type", equalTo("urn:ybjg:problem:conflict"));
        given().auth().oauth2(Tokens.hospital(inst)).post("/api/v1/settlements/" + inst + "/NOPE/reversal").then()
                .statusCode(404).body("detail", equalTo("no settlement NOPE of institution " + inst));
        assertEquals(1, outboxEvents(inst, "V1", "REVERSED"));
        given().auth().oauth2(Tokens.hospital(TestRecords.institution())).post("/api/v1/settlements/" + inst + "/V1/reversal")
                .then().statusCode(403).body("missingPermission", equalTo("institution:" + inst));
        given().auth().oauth2(Tokens.supervisor("431000")).post("/api/v1/settlements/" + inst + "/V1/reversal")
                .then().statusCode(403).body("missingPermission", equalTo("role hospital or admin"));
    }

    @Test
    void hospitalCannotSubmitAnotherInstitutionsRecords() throws Exception {
        String mine = TestRecords.institution();
        String theirs = TestRecords.institution();
        post(Tokens.hospital(mine), batch(TestRecords.settlement("H1", mine, TestRecords.idNumber()),
                TestRecords.settlement("H2", theirs, TestRecords.idNumber())).toString())
                .then().statusCode(422).body("accepted", equalTo(1))
                .body("rejected[0].index", equalTo(1)).body("rejected[0].errors.field", contains("institutionCode"))
                .body("rejected[0].errors[0].message", equalTo("your token is scoped to institution " + mine
                        + "; this record belongs to " + theirs + " and cannot be submitted with it"));
        assertEquals(0, count("SELECT count(*) FROM settlement WHERE institution_code = ?", theirs));
    }

    @Test
    void searchIsPagedAndScoped() {
        String inst = TestRecords.institution();
        String person = TestRecords.unique("P");
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(TestRecords.settlement("Q" + i, inst, TestRecords.idNumber()).put("personId", person)
                    .put("regionCode", i < 3 ? "431000" : "441800")
                    .put("settlementTime", "2025-03-1" + i + "T10:00:00+08:00"));
        }
        post(Tokens.admin(), batch(records.toArray(ObjectNode[]::new)).toString()).then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).queryParam("personId", person).queryParam("size", 2).get("/api/v1/settlements")
                .then().statusCode(200).header("X-Total-Count", "5").body("settlementId", contains("Q4", "Q3"));
        given().auth().oauth2(Tokens.admin()).queryParam("personId", person).queryParam("size", 2).queryParam("page", 2)
                .get("/api/v1/settlements").then().header("X-Total-Count", "5").body("settlementId", contains("Q0"));
        given().auth().oauth2(Tokens.admin()).queryParam("personId", person).queryParam("from", "2025-03-11")
                .queryParam("to", "2025-03-13").get("/api/v1/settlements").then().header("X-Total-Count", "3")
                .body("settlementId", contains("Q3", "Q2", "Q1"));
        given().auth().oauth2(Tokens.supervisor("441800")).queryParam("personId", person).get("/api/v1/settlements")
                .then().statusCode(200).header("X-Total-Count", "2").body("settlementId", contains("Q4", "Q3"));
        given().auth().oauth2(Tokens.supervisor("441800")).get("/api/v1/settlements/" + inst + "/Q0").then().statusCode(404);
        given().auth().oauth2(Tokens.supervisor("431000")).get("/api/v1/settlements/" + inst + "/Q0").then().statusCode(200);
        given().auth().oauth2(Tokens.hospital(inst)).queryParam("personId", person).get("/api/v1/settlements")
                .then().header("X-Total-Count", "5");
        given().auth().oauth2(Tokens.hospital(TestRecords.institution())).queryParam("personId", person)
                .get("/api/v1/settlements").then().statusCode(200).header("X-Total-Count", "0");
        given().auth().oauth2(Tokens.hospital(TestRecords.institution())).queryParam("institutionCode", inst)
                .get("/api/v1/settlements").then().statusCode(403).body("missingPermission", equalTo("institution:" + inst));
        given().auth().oauth2(Tokens.admin()).queryParam("personId", person).queryParam("size", 9999)
                .get("/api/v1/settlements").then().statusCode(200).body("$", hasSize(5));
    }

    @Test
    void fullBatchOf10000RecordsIsStoredWithOneEventEach() throws Exception {
        String inst = TestRecords.institution();
        ArrayNode records = TestRecords.JSON.createArrayNode();
        for (int i = 0; i < 10_000; i++) {
            records.add(TestRecords.settlement("F" + i, inst, TestRecords.idNumber()));
        }
        long start = System.nanoTime();
        post(Tokens.admin(), records.toString()).then().statusCode(200).body("accepted", equalTo(10_000));
        System.out.printf("10,000 settlement records ingested in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertEquals(10_000, count("SELECT count(*) FROM settlement WHERE institution_code = ?", inst));
        assertEquals(10_000, count("SELECT count(*) FROM outbox WHERE payload::jsonb ->> 'institutionCode' = ?", inst));
        assertEquals(0, count("SELECT count(*) FROM settlement WHERE institution_code = ? AND total_cost <> 36500.00", inst));
        post(Tokens.admin(), records.toString()).then().statusCode(200).body("accepted", equalTo(0))
                .body("duplicates", equalTo(10_000));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE payload::jsonb ->> 'institutionCode' = ?")) {
            ps.setString(1, inst);
            assertEquals(10_000, ps.executeUpdate(), "test events are not left for the shared broker");
        }
    }

    @Test
    void tokensAndRoles() {
        given().contentType("application/json").body("[]").post("/api/v1/settlements").then().statusCode(401);
        given().auth().oauth2("not-a-jwt").get("/api/v1/settlements").then().statusCode(401);
        post(Tokens.registry(), "[]").then().statusCode(403).body("missingPermission", equalTo("role hospital or admin"))
                .body("detail", equalTo("this operation requires role hospital or admin; your token does not carry it"));
        given().auth().oauth2(Tokens.hospital("H43100200123")).contentType("application/json").body("[]")
                .post("/api/v1/enrollments").then().statusCode(403).body("missingPermission", equalTo("role registry or admin"));
    }
}
