package cn.ybjg.bench.perf;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;

/** One settlement as a CSV line of claims' settlement columns (ID number as opaque bytes, hash and mask). */
final class CopyRow {
    static final String COLUMNS = "id, institution_code, settlement_id, region_code, person_id, id_number_enc,"
            + " id_number_hash, id_number_masked, gender, birth_year, birth_date_enc, insurance_type, medical_type,"
            + " admission_date,"
            + " discharge_date, settlement_time, settlement_date, primary_diagnosis, secondary_diagnoses, procedures,"
            + " drg_code, payment_method, total_cost, policy_scope_cost, fund_payment, serious_illness_payment,"
            + " medical_assistance_payment, personal_account_payment, cash_payment, lines, status, ingested_at,"
            + " reversed_at, content_hash";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private CopyRow() {
    }

    static String csv(long id, JsonNode s) throws Exception {
        String idNumber = s.get("idNumber").asText();
        String time = s.get("settlementTime").asText();
        String[] f = {String.valueOf(id), t(s, "institutionCode"), t(s, "settlementId"), t(s, "regionCode"),
            t(s, "personId"), "\\x" + HexFormat.of().formatHex(sha256("enc" + idNumber)), hex(idNumber),
            idNumber.substring(0, 6) + "********" + idNumber.substring(14), t(s, "gender"),
            t(s, "birthDate").substring(0, 4), "\\x" + HexFormat.of().formatHex(sha256("enc" + t(s, "birthDate"))),
            t(s, "insuranceType"), t(s, "medicalType"), t(s, "admissionDate"), t(s, "dischargeDate"), time,
            OffsetDateTime.parse(time).atZoneSameInstant(SHANGHAI).toLocalDate().toString(), t(s, "primaryDiagnosis"),
            list(s, "secondaryDiagnoses"), list(s, "procedures"), t(s, "drgCode"), t(s, "paymentMethod"),
            money(s, "totalCost"), money(s, "policyScopeCost"), money(s, "fundPayment"),
            money(s, "seriousIllnessPayment"), money(s, "medicalAssistancePayment"), money(s, "personalAccountPayment"),
            money(s, "cashPayment"), list(s, "lines"), "SETTLED", OffsetDateTime.now().toString(), null,
            hex(s.toString())};
        return CsvLine.of(Arrays.asList(f));
    }

    private static String t(JsonNode s, String field) {
        JsonNode v = s.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String money(JsonNode s, String field) {
        JsonNode v = s.get(field);
        return v == null || v.isNull() ? "0" : v.decimalValue().toPlainString();
    }

    private static String list(JsonNode s, String field) {
        JsonNode v = s.get(field);
        return v == null || v.isNull() ? "[]" : v.toString();
    }

    private static String hex(String text) throws Exception {
        return HexFormat.of().formatHex(sha256(text));
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
