package cn.ybjg.claims.settlement;

import cn.ybjg.claims.outbox.EventJson;
import cn.ybjg.claims.outbox.OutboxMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Payload of settlements.v1 (docs/events.md): the record without idNumber, plus hash, mask and status; the birth
 * year instead of the birth date, which would rebuild the masked digits.
 */
public record SettlementEvent(
        int schemaVersion, UUID eventId, String status, OffsetDateTime ingestedAt, OffsetDateTime reversedAt,
        String settlementId, String institutionCode, String regionCode, String personId,
        String idNumberHash, String idNumberMasked, String gender, int birthYear,
        String insuranceType, String medicalType, LocalDate admissionDate, LocalDate dischargeDate,
        OffsetDateTime settlementTime, String primaryDiagnosis, List<String> secondaryDiagnoses,
        List<String> procedures, String drgCode, String paymentMethod, BigDecimal totalCost,
        BigDecimal policyScopeCost, BigDecimal fundPayment, BigDecimal seriousIllnessPayment,
        BigDecimal medicalAssistancePayment, BigDecimal personalAccountPayment, BigDecimal cashPayment,
        List<Settlement.FeeLine> lines) {

    public static final String TOPIC = "settlements.v1";

    public static UUID eventId(String institutionCode, String settlementId, String status) {
        return EventJson.eventId("settlement:" + institutionCode + ":" + settlementId + ":" + status);
    }

    public OutboxMessage toOutbox() {
        return new OutboxMessage(eventId, TOPIC, idNumberHash, EventJson.write(this));
    }
}
