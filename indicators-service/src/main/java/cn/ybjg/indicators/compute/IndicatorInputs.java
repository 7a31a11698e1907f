package cn.ybjg.indicators.compute;

import java.math.BigDecimal;

/**
 * Everything one region/insuranceType/period needs: settlement sums, the enrolled persons on the period's
 * last day, the resident population (null with {@code populationMissing} saying why) and the flagged amount.
 */
public record IndicatorInputs(SettlementSums sums, long enrolledPersons, Long population, String populationMissing,
                              BigDecimal flaggedAmountAtRisk) {
}
