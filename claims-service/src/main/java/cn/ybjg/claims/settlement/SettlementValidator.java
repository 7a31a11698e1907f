package cn.ybjg.claims.settlement;

import cn.ybjg.claims.intake.FieldError;
import cn.ybjg.claims.intake.FieldReader;
import cn.ybjg.claims.intake.Validated;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every rule of contract section 1 for one settlement record. Pure: no Quarkus, no database; the caller
 * passes "now" so that "not in the future" is testable.
 */
public final class SettlementValidator {

    static final Set<String> FIELDS = Set.of("settlementId", "institutionCode", "regionCode", "personId", "idNumber",
            "gender", "birthDate", "insuranceType", "medicalType", "admissionDate", "dischargeDate", "settlementTime",
            "primaryDiagnosis", "secondaryDiagnoses", "procedures", "drgCode", "paymentMethod", "totalCost",
            "policyScopeCost", "fundPayment", "seriousIllnessPayment", "medicalAssistancePayment",
            "personalAccountPayment", "cashPayment", "lines");
    static final Pattern INSTITUTION = Pattern.compile("[HP]\\d{11}");
    public static final Pattern REGION = Pattern.compile("\\d{6}");
    // 医保版 codes may hold a lower-case x placeholder in the extension (I10.x00, N40.x00x001, 43.7x00).
    static final Pattern ICD10 = Pattern.compile("[A-Z]\\d[0-9A-Z](\\.[0-9A-Zx]{1,4}(x\\d{3})?)?");
    static final Pattern ICD9CM3 = Pattern.compile("\\d{2}(\\.[\\dx]{1,4}(x\\d{3})?)?");
    static final Pattern DRG = Pattern.compile("[A-Z]{2}[0-9A-Z]{1,3}");
    static final Set<String> PAYMENT_METHODS = Set.of("DRG", "DIP", "ITEM", "BED_DAY", "CAPITATION");
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    private final Set<String> insuranceTypes;
    private final Set<String> medicalTypes;
    // Built once: the code lists are fixed for the validator's life, and a message per record would cost a sort.
    private final String insuranceTypeMessage;
    private final String medicalTypeMessage;
    private final LineValidator lineValidator = new LineValidator();

    public SettlementValidator(Set<String> insuranceTypes, Set<String> medicalTypes) {
        this.insuranceTypes = Set.copyOf(insuranceTypes);
        this.medicalTypes = Set.copyOf(medicalTypes);
        this.insuranceTypeMessage = "must be a known 险种类型 code " + sorted(insuranceTypes);
        this.medicalTypeMessage = "must be a known 医疗类别 code " + sorted(medicalTypes);
    }

    public static Set<String> fieldNames() {
        return FIELDS;
    }

    public static boolean isInpatient(String medicalType) {
        return medicalType != null && medicalType.startsWith("2");
    }

    public Validated<Settlement> validate(JsonNode node, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            errors.add(new FieldError("", "must be a JSON object"));
            return new Validated<>(null, errors);
        }
        FieldReader in = new FieldReader(node, "", errors);
        in.rejectUnknown(FIELDS, "a settlement record");
        LocalDate today = now.atZone(FieldReader.CHINA).toLocalDate();
        String settlementId = in.identifier("settlementId", true, 40);
        String institutionCode = pattern(in, "institutionCode", INSTITUTION,
                "must be H or P followed by the 6-digit division code and 5 digits, e.g. H43100200123");
        String regionCode = pattern(in, "regionCode", REGION, "must be a 6-digit administrative division code, e.g. 431000");
        String personId = in.personId("personId");
        String idNumber = in.idNumber("idNumber");
        String gender = in.oneOf("gender", Set.of("1", "2"), "must be 1 (male) or 2 (female)");
        LocalDate birthDate = in.date("birthDate", true);
        String insuranceType = in.oneOf("insuranceType", insuranceTypes, insuranceTypeMessage);
        String medicalType = in.oneOf("medicalType", medicalTypes, medicalTypeMessage);
        LocalDate admissionDate = in.date("admissionDate", true);
        LocalDate dischargeDate = in.date("dischargeDate", false);
        OffsetDateTime settlementTime = in.timestamp("settlementTime", true);
        String primaryDiagnosis = pattern(in, "primaryDiagnosis", ICD10, "must be an ICD-10 医保版 code, e.g. I21.000");
        List<String> secondary = codes(in, "secondaryDiagnoses", ICD10, "must be an ICD-10 医保版 code, e.g. E11.900");
        List<String> procedures = codes(in, "procedures", ICD9CM3, "must be an ICD-9-CM-3 医保版 code, e.g. 36.0601");
        String drgCode = optionalPattern(in, "drgCode", DRG, "must be a CHS-DRG group code, e.g. FM19");
        String paymentMethod = in.text("paymentMethod", false, 20);
        if (paymentMethod != null && !PAYMENT_METHODS.contains(paymentMethod)) {
            in.error("paymentMethod", "must be one of " + sorted(PAYMENT_METHODS) + ", got '" + FieldReader.abbreviate(paymentMethod) + "'");
        }
        BigDecimal totalCost = in.money("totalCost", true);
        BigDecimal policyScopeCost = in.money("policyScopeCost", true);
        BigDecimal fundPayment = in.money("fundPayment", true);
        BigDecimal seriousIllness = in.money("seriousIllnessPayment", false);
        BigDecimal assistance = in.money("medicalAssistancePayment", false);
        BigDecimal personalAccount = in.money("personalAccountPayment", false);
        BigDecimal cash = in.money("cashPayment", true);
        List<Settlement.FeeLine> lines = lineValidator.lines(node.get("lines"), errors);

        in.notInFuture("birthDate", birthDate, today);
        in.notInFuture("admissionDate", admissionDate, today);
        in.notInFuture("dischargeDate", dischargeDate, today);
        if (settlementTime != null && settlementTime.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            in.error("settlementTime", "must not be in the future");
        }
        if (birthDate != null && admissionDate != null && birthDate.isAfter(admissionDate)) {
            in.error("birthDate", "must not be after admissionDate " + admissionDate);
        }
        if (isInpatient(medicalType) && dischargeDate == null && !in.hasError("dischargeDate")) {
            in.error("dischargeDate", "is required for inpatient settlements (medicalType " + medicalType + ")");
        }
        if (dischargeDate != null && admissionDate != null && dischargeDate.isBefore(admissionDate)) {
            in.error("dischargeDate", "must not be before admissionDate " + admissionDate);
        }
        if (totalCost != null && policyScopeCost != null && policyScopeCost.compareTo(totalCost) > 0) {
            in.error("policyScopeCost", "must not exceed totalCost " + totalCost.toPlainString()
                    + ", got " + policyScopeCost.toPlainString());
        }
        if (totalCost != null && fundPayment != null && seriousIllness != null && assistance != null
                && personalAccount != null && cash != null) {
            BigDecimal parts = fundPayment.add(seriousIllness).add(assistance).add(personalAccount).add(cash);
            if (parts.compareTo(totalCost) != 0) {
                in.error("totalCost", "must equal fundPayment + seriousIllnessPayment + medicalAssistancePayment"
                        + " + personalAccountPayment + cashPayment = " + parts.toPlainString()
                        + ", got " + totalCost.toPlainString());
            }
        }
        if (!errors.isEmpty()) {
            return new Validated<>(null, errors);
        }
        return new Validated<>(new Settlement(settlementId, institutionCode, regionCode, personId, idNumber, gender,
                birthDate, insuranceType, medicalType, admissionDate, dischargeDate, settlementTime, primaryDiagnosis,
                secondary, procedures, drgCode, paymentMethod, totalCost, policyScopeCost, fundPayment, seriousIllness,
                assistance, personalAccount, cash, lines), errors);
    }

    private static String pattern(FieldReader in, String field, Pattern pattern, String message) {
        String value = in.text(field, true, 40);
        if (value != null && !pattern.matcher(value).matches()) {
            in.error(field, message + ", got '" + FieldReader.abbreviate(value) + "'");
            return null;
        }
        return value;
    }

    private static String optionalPattern(FieldReader in, String field, Pattern pattern, String message) {
        String value = in.text(field, false, 40);
        if (value != null && !pattern.matcher(value).matches()) {
            in.error(field, message + ", got '" + FieldReader.abbreviate(value) + "'");
            return null;
        }
        return value;
    }

    private static List<String> codes(FieldReader in, String field, Pattern pattern, String message) {
        List<String> codes = in.list(field);
        for (int i = 0; i < codes.size(); i++) {
            if (!pattern.matcher(codes.get(i)).matches()) {
                in.error(field + "[" + i + "]", message + ", got '" + FieldReader.abbreviate(codes.get(i)) + "'");
            }
        }
        return codes;
    }

    public static String sorted(Set<String> values) {
        return values.stream().sorted().toList().toString();
    }
}
