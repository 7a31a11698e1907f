package cn.ybjg.indicators.api;

import cn.ybjg.indicators.compute.IndicatorValue;
import cn.ybjg.indicators.seeds.Source;
import cn.ybjg.indicators.seeds.Target;
import java.math.BigDecimal;

/**
 * One target on the scorecard. {@code value} and {@code target} are in the target's unit (percent);
 * {@code gap} = value − target in percentage points (positive: above target). status MET | NOT_MET |
 * NO_DATA (denominator zero or unknown, see reason) | NOT_DERIVABLE (not measurable from settlement data).
 */
public record ScorecardItem(String targetId, String indicator, String insuranceType, String description,
                            String descriptionZh, String comparator, BigDecimal target, BigDecimal tolerance,
                            String unit, BigDecimal value, Boolean met, String status, BigDecimal gap,
                            BigDecimal numerator, BigDecimal denominator, String reason, Source source) {

    static ScorecardItem notDerivable(Target t) {
        return new ScorecardItem(t.id(), t.indicator(), t.insuranceType(), t.description(), t.descriptionZh(),
                t.comparator(), t.value(), t.tolerance(), t.unit(), null, null, "NOT_DERIVABLE", null, null, null,
                "not derivable from settlement or enrollment data", t.source());
    }

    static ScorecardItem evaluate(Target t, IndicatorValue v) {
        if (v.value() == null) {
            return new ScorecardItem(t.id(), t.indicator(), t.insuranceType(), t.description(), t.descriptionZh(),
                    t.comparator(), t.value(), t.tolerance(), t.unit(), null, null, "NO_DATA", null, v.numerator(),
                    v.denominator(), v.reason(), t.source());
        }
        BigDecimal value = v.percent();
        boolean met = t.comparatorKind().met(value, t.value(), t.tolerance());
        return new ScorecardItem(t.id(), t.indicator(), t.insuranceType(), t.description(), t.descriptionZh(),
                t.comparator(), t.value(), t.tolerance(), t.unit(), value, met, met ? "MET" : "NOT_MET",
                value.subtract(t.value()), v.numerator(), v.denominator(), null, t.source());
    }
}
