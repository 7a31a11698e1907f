package cn.ybjg.indicators.compute;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The formulas of contract section 4 over pre-aggregated sums; pure, so unit tests drive it directly. */
public final class IndicatorCalculator {

    private static final String NO_INPATIENT = "no settled inpatient settlements in the period";

    private IndicatorCalculator() {
    }

    public static Map<IndicatorCode, IndicatorValue> all(IndicatorInputs in) {
        Map<IndicatorCode, IndicatorValue> values = new EnumMap<>(IndicatorCode.class);
        for (IndicatorCode code : IndicatorCode.values()) values.put(code, compute(code, in));
        return values;
    }

    public static IndicatorValue compute(IndicatorCode code, IndicatorInputs in) {
        SettlementSums s = in.sums();
        return switch (code) {
            case POLICY_SCOPE_INPATIENT_FUND_RATIO -> IndicatorValue.ratio(code, s.inpatientFundAndSeriousIllness(),
                    s.inpatientPolicyScopeCost(), s.inpatientCount() == 0 ? NO_INPATIENT
                            : "policy-scope cost of the inpatient settlements is 0");
            case ACTUAL_INPATIENT_REIMBURSEMENT_RATIO -> IndicatorValue.ratio(code, s.inpatientAllReimbursed(),
                    s.inpatientTotalCost(), s.inpatientCount() == 0 ? NO_INPATIENT
                            : "total cost of the inpatient settlements is 0");
            case DRG_PAYMENT_SHARE -> IndicatorValue.ratio(code, s.inpatientDrgDipTotalCost(),
                    s.inpatientTotalCost(), s.inpatientCount() == 0 ? NO_INPATIENT
                            : "total cost of the inpatient settlements is 0");
            case ENROLLMENT_RATE -> IndicatorValue.ratio(code, BigDecimal.valueOf(in.enrolledPersons()),
                    in.population() == null ? null : BigDecimal.valueOf(in.population()),
                    in.population() == null ? in.populationMissing() : "resident population is configured as 0");
            case FLAGGED_FUND_SHARE -> IndicatorValue.ratio(code, in.flaggedAmountAtRisk(), s.fundPayments(),
                    "no fund payments of settled settlements in the period");
        };
    }
}
