package cn.ybjg.indicators.ingest;

import java.math.BigDecimal;

/** The additive part of one settlement (count 1) or of a delta to one aggregate row. */
public record Amounts(long count, BigDecimal totalCost, BigDecimal policyScopeCost, BigDecimal fundPayment,
                      BigDecimal seriousIllnessPayment, BigDecimal medicalAssistancePayment,
                      BigDecimal personalAccountPayment, BigDecimal cashPayment) {

    public static final Amounts ZERO = new Amounts(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Amounts plus(Amounts o) {
        return new Amounts(count + o.count, totalCost.add(o.totalCost), policyScopeCost.add(o.policyScopeCost),
                fundPayment.add(o.fundPayment), seriousIllnessPayment.add(o.seriousIllnessPayment),
                medicalAssistancePayment.add(o.medicalAssistancePayment),
                personalAccountPayment.add(o.personalAccountPayment), cashPayment.add(o.cashPayment));
    }

    public Amounts negate() {
        return new Amounts(-count, totalCost.negate(), policyScopeCost.negate(), fundPayment.negate(),
                seriousIllnessPayment.negate(), medicalAssistancePayment.negate(), personalAccountPayment.negate(),
                cashPayment.negate());
    }
}
