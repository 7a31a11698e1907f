package cn.ybjg.claims.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.claims.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import cn.ybjg.claims.intake.FieldError;
import cn.ybjg.claims.intake.Validated;

/** One test per validation rule of contract section 1, asserting the exact broken fields and messages. */
class SettlementValidatorTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z"); // 2026-01-01 08:00 in Asia/Shanghai
    static final String ID = "43100219600501" + "123";
    static final String VALID_ID = ID + cn.ybjg.claims.privacy.IdNumbers.checkCharacter(ID);
    final SettlementValidator validator = new SettlementValidator(Set.of("310", "390"), Set.of("11", "14", "21"));

    ObjectNode valid() {
        return TestRecords.settlement("S0001", "H43100200123", VALID_ID);
    }

    List<FieldError> errors(ObjectNode record) {
        Validated<Settlement> result = validator.validate(record, NOW);
        assertFalse(result.ok(), "expected a rejection");
        assertNull(result.value());
        return result.errors();
    }

    static FieldError e(String field, String message) {
        return new FieldError(field, message);
    }

    @Test
    void validRecordIsAcceptedWithExactValues() {
        Validated<Settlement> result = validator.validate(valid(), NOW);
        assertTrue(result.ok(), () -> result.errors().toString());
        Settlement s = result.value();
        assertEquals(new BigDecimal("36500.00"), s.totalCost());
        assertEquals(new BigDecimal("0.00"), s.medicalAssistancePayment());
        assertEquals(List.of("E11.900"), s.secondaryDiagnoses());
        assertEquals(new BigDecimal("200.00"), s.lines().get(0).amount());
        assertEquals(VALID_ID, s.idNumber());
    }

    @Test
    void requiredFieldsAreNamed() {
        ObjectNode r = valid();
        r.remove(List.of("settlementId", "personId", "fundPayment"));
        r.put("institutionCode", "");
        assertEquals(List.of(e("settlementId", "is required"), e("institutionCode", "is required"),
                e("personId", "is required"), e("fundPayment", "is required")), errors(r));
    }

    @Test
    void settlementIdAtMost40Characters() {
        assertEquals(List.of(e("settlementId", "must be at most 40 characters, got 41")),
                errors(valid().put("settlementId", "S".repeat(41))));
    }

    @Test
    void institutionCodeFormat() {
        assertEquals(List.of(e("institutionCode", "must be H or P followed by the 6-digit division code and 5 digits,"
                + " e.g. H43100200123, got 'X4310020012'")), errors(valid().put("institutionCode", "X4310020012")));
    }

    @Test
    void regionCodeSixDigits() {
        assertEquals(List.of(e("regionCode", "must be a 6-digit administrative division code, e.g. 431000, got '43100'")),
                errors(valid().put("regionCode", "43100")));
    }

    @Test
    void idNumberFormatWithoutEchoingIt() {
        List<FieldError> errors = errors(valid().put("idNumber", "43100219600501"));
        assertEquals(List.of(e("idNumber", "must be 18 characters: 17 digits and a digit or X")), errors);
    }

    @Test
    void idNumberCheckDigit() {
        char wrong = VALID_ID.charAt(17) == '0' ? '1' : '0';
        String bad = VALID_ID.substring(0, 17) + wrong;
        List<FieldError> errors = errors(valid().put("idNumber", bad));
        assertEquals(List.of(e("idNumber", "has a wrong check digit (ISO 7064 MOD 11-2): check the number for a typing error")), errors);
        assertFalse(errors.toString().contains(bad.substring(6, 14)), "no part of the ID number in the message");
    }

    @Test
    void lowerCaseXIsNormalized() {
        String first17 = "11010519491231002";
        String id = first17 + cn.ybjg.claims.privacy.IdNumbers.checkCharacter(first17);
        assertEquals("11010519491231002X", id);
        Validated<Settlement> result = validator.validate(valid().put("idNumber", id.toLowerCase()), NOW);
        assertTrue(result.ok(), () -> result.errors().toString());
        assertEquals(id, result.value().idNumber());
    }

    @Test
    void genderOneOrTwo() {
        assertEquals(List.of(e("gender", "must be 1 (male) or 2 (female), got 'M'")), errors(valid().put("gender", "M")));
    }

    @Test
    void knownInsuranceType() {
        assertEquals(List.of(e("insuranceType", "must be a known 险种类型 code [310, 390], got '999'")),
                errors(valid().put("insuranceType", "999")));
    }

    @Test
    void knownMedicalType() {
        assertEquals(List.of(e("medicalType", "must be a known 医疗类别 code [11, 14, 21], got '99'")),
                errors(valid().put("medicalType", "99")));
    }

    @Test
    void datesMustParse() {
        assertEquals(List.of(e("admissionDate", "must be a date in the form 2025-03-01, got '2025/03/01'")),
                errors(valid().put("admissionDate", "2025/03/01")));
    }

    @Test
    void settlementTimeMustParse() {
        assertEquals(List.of(e("settlementTime", "must be a timestamp in the form 2025-03-09T16:20:00+08:00, got 'yesterday'")),
                errors(valid().put("settlementTime", "yesterday")));
    }

    @Test
    void settlementTimeWithoutOffsetIsChinaTime() {
        Validated<Settlement> result = validator.validate(valid().put("settlementTime", "2025-03-09T16:20:00"), NOW);
        assertTrue(result.ok());
        assertEquals("2025-03-09T16:20+08:00", result.value().settlementTime().toString());
    }

    @Test
    void dischargeNotBeforeAdmission() {
        assertEquals(List.of(e("dischargeDate", "must not be before admissionDate 2025-03-01")),
                errors(valid().put("dischargeDate", "2025-02-28")));
    }

    @Test
    void dischargeRequiredForInpatient() {
        ObjectNode r = valid();
        r.remove("dischargeDate");
        assertEquals(List.of(e("dischargeDate", "is required for inpatient settlements (medicalType 21)")), errors(r));
    }

    @Test
    void outpatientNeedsNoDischargeDate() {
        ObjectNode r = valid().put("medicalType", "11");
        r.remove("dischargeDate");
        assertTrue(validator.validate(r, NOW).ok());
    }

    @Test
    void datesNotInTheFuture() {
        ObjectNode r = valid().put("admissionDate", "2026-01-02").put("dischargeDate", "2026-01-03")
                .put("settlementTime", "2026-01-03T10:00:00+08:00");
        assertEquals(List.of(
                e("admissionDate", "must not be in the future (today is 2026-01-01 in Asia/Shanghai), got 2026-01-02"),
                e("dischargeDate", "must not be in the future (today is 2026-01-01 in Asia/Shanghai), got 2026-01-03"),
                e("settlementTime", "must not be in the future")), errors(r));
    }

    @Test
    void birthNotAfterAdmission() {
        assertEquals(List.of(e("birthDate", "must not be after admissionDate 2025-03-01")),
                errors(valid().put("birthDate", "2025-03-02")));
    }

    @Test
    void amountsNotNegative() {
        ObjectNode r = valid().put("cashPayment", new BigDecimal("-1.00"));
        assertEquals(List.of(e("cashPayment", "must not be negative, got -1.00")), errors(r));
    }

    @Test
    void amountsAtMostTwoDecimals() {
        assertEquals(List.of(e("fundPayment", "must have at most 2 decimals (yuan to the fen), got 26000.001")),
                errors(valid().put("fundPayment", new BigDecimal("26000.001"))));
    }

    @Test
    void amountsMustBeNumbers() {
        assertEquals(List.of(e("policyScopeCost", "must be a number, got 'lots'")),
                errors(valid().put("policyScopeCost", "lots")));
    }

    @Test
    void policyScopeCostNotAboveTotalCost() {
        assertEquals(List.of(e("policyScopeCost", "must not exceed totalCost 36500.00, got 36500.01")),
                errors(valid().put("policyScopeCost", new BigDecimal("36500.01"))));
    }

    @Test
    void paymentPartsSumToTotalCostToTheFen() {
        assertEquals(List.of(e("totalCost", "must equal fundPayment + seriousIllnessPayment + medicalAssistancePayment"
                        + " + personalAccountPayment + cashPayment = 36500.00, got 36500.01")),
                errors(valid().put("totalCost", new BigDecimal("36500.01"))));
    }

    @Test
    void optionalPaymentsDefaultToZeroInTheSum() {
        ObjectNode r = valid().put("cashPayment", new BigDecimal("10500.00"));
        r.remove(List.of("seriousIllnessPayment", "medicalAssistancePayment", "personalAccountPayment"));
        Validated<Settlement> result = validator.validate(r, NOW);
        assertTrue(result.ok(), () -> result.errors().toString());
        assertEquals(new BigDecimal("0.00"), result.value().seriousIllnessPayment());
    }

    @Test
    void diagnosisCodes() {
        ObjectNode r = valid().put("primaryDiagnosis", "heart attack");
        r.putArray("secondaryDiagnoses").add("E11.900").add("e11");
        assertEquals(List.of(e("primaryDiagnosis", "must be an ICD-10 医保版 code, e.g. I21.000, got 'heart attack'"),
                e("secondaryDiagnoses[1]", "must be an ICD-10 医保版 code, e.g. E11.900, got 'e11'")), errors(r));
    }

    @Test
    void insuranceEditionCodesWithXPlaceholderAreAccepted() {
        ObjectNode r = valid().put("primaryDiagnosis", "I10.x00x002");
        r.putArray("secondaryDiagnoses").add("N40.x00");
        r.putArray("procedures").add("43.7x00");
        Validated<Settlement> result = validator.validate(r, NOW);
        assertTrue(result.ok(), () -> result.errors().toString());
    }

    @Test
    void procedureCodes() {
        ObjectNode r = valid();
        r.putArray("procedures").add("PCI");
        assertEquals(List.of(e("procedures[0]", "must be an ICD-9-CM-3 医保版 code, e.g. 36.0601, got 'PCI'")), errors(r));
    }

    @Test
    void drgCodeAndPaymentMethod() {
        ObjectNode r = valid().put("drgCode", "fm19").put("paymentMethod", "FEE");
        assertEquals(List.of(e("drgCode", "must be a CHS-DRG group code, e.g. FM19, got 'fm19'"),
                e("paymentMethod", "must be one of [BED_DAY, CAPITATION, DIP, DRG, ITEM], got 'FEE'")), errors(r));
    }

    @Test
    void feeLines() {
        ObjectNode r = valid();
        r.putArray("lines").addObject().put("code", "XB01").put("category", "FOOD").put("quantity", 1)
                .put("unitPrice", new BigDecimal("1.005"));
        assertEquals(List.of(e("lines[0].category", "must be one of [DRUG, MATERIAL, SERVICE], got 'FOOD'"),
                e("lines[0].unitPrice", "must have at most 2 decimals (yuan to the fen), got 1.005"),
                e("lines[0].amount", "is required")), errors(r));
    }

    @Test
    void unknownFieldsAreNamed() {
        assertEquals(List.of(e("seriousIllnesPayment", "is not a field of a settlement record (check the spelling)")),
                errors(valid().put("seriousIllnesPayment", 0)));
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        ObjectNode r = valid().put("gender", "3").put("regionCode", "x").put("totalCost", new BigDecimal("1.00"));
        List<String> fields = errors(r).stream().map(FieldError::field).toList();
        assertEquals(List.of("regionCode", "gender", "policyScopeCost", "totalCost"), fields);
    }
}
