package cn.ybjg.supervision.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The slice of a settlement the rules read. {@code fundPayments} is "fund payments" of docs/events.md
 * (everything but cash); {@code periodDate} is the settlementTime's date in Asia/Shanghai.
 */
public record SettlementFact(String institutionCode, String settlementId, String idNumberHash, String idNumberMasked,
        String personId, String regionCode, String gender, String insuranceType, String medicalType,
        LocalDate admissionDate, LocalDate dischargeDate, LocalDate periodDate, String primaryDiagnosis,
        String drgCode, BigDecimal totalCost, BigDecimal fundPayments, boolean reversed) {

    /** The flag subject of a settlement-level rule: unique per settlement. */
    public String subjectKey() {
        return institutionCode + ":" + settlementId;
    }

    /** medicalType 2x. */
    public boolean inpatient() {
        return medicalType != null && medicalType.startsWith("2");
    }

    /** medicalType 1x. */
    public boolean outpatient() {
        return medicalType != null && medicalType.startsWith("1");
    }

    /** Discharge date of a stay; the visit date for an outpatient settlement. */
    public LocalDate endDate() {
        return dischargeDate != null ? dischargeDate : admissionDate;
    }

    /** Order of "later": admissionDate, then settlementId, then institutionCode. */
    public int compareLater(SettlementFact other) {
        int c = admissionDate.compareTo(other.admissionDate);
        if (c == 0) c = settlementId.compareTo(other.settlementId);
        if (c == 0) c = institutionCode.compareTo(other.institutionCode);
        return c;
    }
}
