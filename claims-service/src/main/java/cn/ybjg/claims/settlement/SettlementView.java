package cn.ybjg.claims.settlement;

import cn.ybjg.claims.outbox.EventJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A settlement record as the API answers it: idNumberMasked instead of the ID number, birthYear instead of the
 * birth date (which would rebuild the masked digits), and who submitted or reversed it.
 */
public record SettlementView(
        String settlementId, String institutionCode, String regionCode, String personId, String idNumberMasked,
        String gender, int birthYear, String insuranceType, String medicalType, LocalDate admissionDate,
        LocalDate dischargeDate, OffsetDateTime settlementTime, String primaryDiagnosis,
        List<String> secondaryDiagnoses, List<String> procedures, String drgCode, String paymentMethod,
        BigDecimal totalCost, BigDecimal policyScopeCost, BigDecimal fundPayment, BigDecimal seriousIllnessPayment,
        BigDecimal medicalAssistancePayment, BigDecimal personalAccountPayment, BigDecimal cashPayment,
        List<Settlement.FeeLine> lines, String status, OffsetDateTime ingestedAt, OffsetDateTime reversedAt,
        String submittedBy, String reversedBy, String reversalReason) {

    public static SettlementView of(SettlementEntity s) {
        return new SettlementView(s.settlementId, s.institutionCode, s.regionCode, s.personId, s.idNumberMasked,
                s.gender, s.birthYear, s.insuranceType, s.medicalType, s.admissionDate, s.dischargeDate,
                EventJson.china(s.settlementTime), s.primaryDiagnosis, s.secondaryDiagnoses, s.procedures, s.drgCode,
                s.paymentMethod, s.totalCost, s.policyScopeCost, s.fundPayment, s.seriousIllnessPayment,
                s.medicalAssistancePayment, s.personalAccountPayment, s.cashPayment, s.lines, s.status,
                EventJson.china(s.ingestedAt), EventJson.china(s.reversedAt), s.submittedBy, s.reversedBy,
                s.reversalReason);
    }

    /** The settlements.v1 event of this stored record in its current status. */
    public static SettlementEvent event(SettlementEntity s) {
        return new SettlementEvent(1, SettlementEvent.eventId(s.institutionCode, s.settlementId, s.status), s.status,
                EventJson.china(s.ingestedAt), EventJson.china(s.reversedAt), s.settlementId, s.institutionCode,
                s.regionCode, s.personId, s.idNumberHash, s.idNumberMasked, s.gender, s.birthYear, s.insuranceType,
                s.medicalType, s.admissionDate, s.dischargeDate, EventJson.china(s.settlementTime),
                s.primaryDiagnosis, s.secondaryDiagnoses, s.procedures, s.drgCode, s.paymentMethod, s.totalCost,
                s.policyScopeCost, s.fundPayment, s.seriousIllnessPayment, s.medicalAssistancePayment,
                s.personalAccountPayment, s.cashPayment, s.lines);
    }
}
