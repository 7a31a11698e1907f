package cn.ybjg.indicators.compute;

import java.math.BigDecimal;
import java.util.Collection;

/** The sums the settlement-based formulas need, folded from aggregate rows (never from raw settlements). */
public record SettlementSums(long inpatientCount, BigDecimal inpatientPolicyScopeCost,
                             BigDecimal inpatientFundAndSeriousIllness, BigDecimal inpatientAllReimbursed,
                             BigDecimal inpatientTotalCost, BigDecimal inpatientDrgDipTotalCost,
                             BigDecimal fundPayments) {

    private static final BigDecimal FEN0 = new BigDecimal("0.00");
    public static final SettlementSums ZERO = new SettlementSums(0, FEN0, FEN0, FEN0, FEN0, FEN0, FEN0);

    public static SettlementSums of(Collection<AggregateRow> rows) {
        SettlementSums sums = ZERO;
        for (AggregateRow row : rows) sums = sums.plus(row);
        return sums;
    }

    SettlementSums plus(AggregateRow r) {
        BigDecimal funds = fundPayments.add(r.fundPayments());
        if (!r.inpatient()) {
            return new SettlementSums(inpatientCount, inpatientPolicyScopeCost, inpatientFundAndSeriousIllness,
                    inpatientAllReimbursed, inpatientTotalCost, inpatientDrgDipTotalCost, funds);
        }
        BigDecimal fundAndSerious = r.fundPayment().add(r.seriousIllnessPayment());
        return new SettlementSums(inpatientCount + r.settlementCount(),
                inpatientPolicyScopeCost.add(r.policyScopeCost()),
                inpatientFundAndSeriousIllness.add(fundAndSerious),
                inpatientAllReimbursed.add(fundAndSerious).add(r.medicalAssistancePayment()),
                inpatientTotalCost.add(r.totalCost()),
                r.drgOrDip() ? inpatientDrgDipTotalCost.add(r.totalCost()) : inpatientDrgDipTotalCost,
                funds);
    }
}
