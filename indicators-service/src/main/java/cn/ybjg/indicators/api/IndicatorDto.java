package cn.ybjg.indicators.api;

import cn.ybjg.indicators.compute.IndicatorValue;
import java.math.BigDecimal;

/** One indicator in an answer: value as a ratio and in percent, null with a reason when not computable. */
public record IndicatorDto(String code, String nameZh, String formula, BigDecimal value, BigDecimal percent,
                           BigDecimal numerator, BigDecimal denominator, String reason) {

    static IndicatorDto of(IndicatorValue v) {
        return new IndicatorDto(v.code().name(), v.code().nameZh(), v.code().formula(), v.value(), v.percent(),
                v.numerator(), v.denominator(), v.reason());
    }
}
