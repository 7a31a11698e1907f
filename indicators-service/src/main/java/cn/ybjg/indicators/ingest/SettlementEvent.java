package cn.ybjg.indicators.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/** The part of a settlements.v1 payload (docs/events.md) the aggregates need. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettlementEvent(Integer schemaVersion, String eventId, String status, String settlementId,
                              String institutionCode, String regionCode, String insuranceType, String medicalType,
                              String paymentMethod, OffsetDateTime settlementTime, BigDecimal totalCost,
                              BigDecimal policyScopeCost, BigDecimal fundPayment, BigDecimal seriousIllnessPayment,
                              BigDecimal medicalAssistancePayment, BigDecimal personalAccountPayment,
                              BigDecimal cashPayment) {

    /** Validates and reduces the event; the period is the settlementTime month in Asia/Shanghai. */
    public SettlementFact toFact() {
        Require.schema(schemaVersion);
        Require.present(eventId, "eventId");
        String st = Require.present(status, "status");
        if (!st.equals("SETTLED") && !st.equals("REVERSED")) {
            throw new InvalidEventException("status " + st + " is not SETTLED or REVERSED");
        }
        YearMonth month = YearMonth.from(Require.present(settlementTime, "settlementTime")
                .atZoneSameInstant(Require.SHANGHAI));
        AggregateKey key = new AggregateKey(Require.region(regionCode),
                Require.code(insuranceType, "insuranceType", 8), Require.code(medicalType, "medicalType", 8),
                paymentMethod == null ? "" : Require.code(paymentMethod, "paymentMethod", 16), month);
        Amounts amounts = new Amounts(1, Require.money(totalCost, "totalCost"),
                Require.money(policyScopeCost, "policyScopeCost"), Require.money(fundPayment, "fundPayment"),
                Require.moneyOrZero(seriousIllnessPayment, "seriousIllnessPayment"),
                Require.moneyOrZero(medicalAssistancePayment, "medicalAssistancePayment"),
                Require.moneyOrZero(personalAccountPayment, "personalAccountPayment"),
                Require.money(cashPayment, "cashPayment"));
        return new SettlementFact(eventId, new SettlementKey(Require.code(institutionCode, "institutionCode", 40),
                Require.code(settlementId, "settlementId", 40)), st.equals("REVERSED"), key, amounts);
    }
}
