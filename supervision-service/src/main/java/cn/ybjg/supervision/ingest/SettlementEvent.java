package cn.ybjg.supervision.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** settlements.v1 payload (docs/events.md), only the fields supervision reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettlementEvent(Integer schemaVersion, String eventId, String status, String settlementId,
        String institutionCode, String regionCode, String personId, String idNumberHash, String idNumberMasked,
        String gender, String insuranceType, String medicalType, LocalDate admissionDate, LocalDate dischargeDate,
        OffsetDateTime settlementTime, String primaryDiagnosis, String drgCode, BigDecimal totalCost,
        BigDecimal fundPayment, BigDecimal seriousIllnessPayment, BigDecimal medicalAssistancePayment,
        BigDecimal personalAccountPayment, BigDecimal cashPayment) {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Compiled once: String.matches compiles its pattern on every call, for every settlement the engine reads. */
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

    /** Why this record cannot be used, or null. */
    public String problem() {
        return Required.missing("status", status, "settlementId", settlementId, "institutionCode", institutionCode,
                "regionCode", regionCode, "personId", personId, "idNumberHash", idNumberHash,
                "idNumberMasked", idNumberMasked, "gender", gender, "insuranceType", insuranceType,
                "medicalType", medicalType, "admissionDate", admissionDate, "settlementTime", settlementTime,
                "primaryDiagnosis", primaryDiagnosis, "totalCost", totalCost, "fundPayment", fundPayment)
                + (status != null && !status.equals("SETTLED") && !status.equals("REVERSED") ? " bad status" : "")
                + (regionCode != null && !REGION_CODE.matcher(regionCode).matches() ? " regionCode: not 6 digits" : "")
                + (gender != null && !(gender.equals("1") || gender.equals("2")) ? " gender: not 1 or 2" : "")
                + (admissionDate != null && dischargeDate != null && dischargeDate.isBefore(admissionDate)
                        ? " dischargeDate: before admissionDate" : "")
                + Required.tooLong("institutionCode", institutionCode, 20, "settlementId", settlementId, 40,
                        "idNumberHash", idNumberHash, 64, "idNumberMasked", idNumberMasked, 18, "personId", personId, 40,
                        "insuranceType", insuranceType, 8, "medicalType", medicalType, 8,
                        "primaryDiagnosis", primaryDiagnosis, 20, "drgCode", drgCode, 10);
    }

    /** Fund payments of docs/events.md: everything but the person's cash. */
    public BigDecimal fundPayments() {
        return fundPayment.add(nz(seriousIllnessPayment)).add(nz(medicalAssistancePayment)).add(nz(personalAccountPayment));
    }

    public LocalDate periodDate() {
        return settlementTime.atZoneSameInstant(SHANGHAI).toLocalDate();
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
