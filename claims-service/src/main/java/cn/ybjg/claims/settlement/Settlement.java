package cn.ybjg.claims.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A settlement record that passed validation; idNumber is normalized (upper-case X) and never leaves the service. */
public record Settlement(
        String settlementId,
        String institutionCode,
        String regionCode,
        String personId,
        String idNumber,
        String gender,
        LocalDate birthDate,
        String insuranceType,
        String medicalType,
        LocalDate admissionDate,
        LocalDate dischargeDate,
        OffsetDateTime settlementTime,
        String primaryDiagnosis,
        List<String> secondaryDiagnoses,
        List<String> procedures,
        String drgCode,
        String paymentMethod,
        BigDecimal totalCost,
        BigDecimal policyScopeCost,
        BigDecimal fundPayment,
        BigDecimal seriousIllnessPayment,
        BigDecimal medicalAssistancePayment,
        BigDecimal personalAccountPayment,
        BigDecimal cashPayment,
        List<FeeLine> lines) {

    /** One 费用明细 line. */
    public record FeeLine(String code, String category, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
    }

    /** Stable text of the content, so identical resubmissions hash the same. */
    public String canonical() {
        return String.join("|", settlementId, institutionCode, regionCode, personId, idNumber, gender,
                String.valueOf(birthDate), insuranceType, medicalType, String.valueOf(admissionDate),
                String.valueOf(dischargeDate), settlementTime.toInstant().toString(), primaryDiagnosis,
                String.join(";", secondaryDiagnoses), String.join(";", procedures), String.valueOf(drgCode),
                String.valueOf(paymentMethod), totalCost.toPlainString(), policyScopeCost.toPlainString(),
                fundPayment.toPlainString(), seriousIllnessPayment.toPlainString(),
                medicalAssistancePayment.toPlainString(), personalAccountPayment.toPlainString(),
                cashPayment.toPlainString(), lines.toString());
    }
}
