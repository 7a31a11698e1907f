package cn.ybjg.indicators.compute;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The sums of the SETTLED, not reversed settlements of one (region, insuranceType, medicalType, paymentMethod,
 * month): one row of the incremental aggregate table. {@code paymentMethod} is "" when the record had none.
 */
public record AggregateRow(YearMonth month, String insuranceType, String medicalType, String paymentMethod,
                           long settlementCount, BigDecimal totalCost, BigDecimal policyScopeCost,
                           BigDecimal fundPayment, BigDecimal seriousIllnessPayment,
                           BigDecimal medicalAssistancePayment, BigDecimal personalAccountPayment,
                           BigDecimal cashPayment) {

    /** Inpatient: medicalType 21 and any other 2x code (docs/events.md). */
    public boolean inpatient() {
        return medicalType != null && medicalType.startsWith("2");
    }

    /** Paid per case group: DRG or DIP (按病种分值). */
    public boolean drgOrDip() {
        return "DRG".equals(paymentMethod) || "DIP".equals(paymentMethod);
    }

    /** 所有基金支付: everything but the person's cash (docs/events.md, shared definitions). */
    public BigDecimal fundPayments() {
        return fundPayment.add(seriousIllnessPayment).add(medicalAssistancePayment).add(personalAccountPayment);
    }
}
