package cn.ybjg.indicators.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One computed indicator: {@code value} is the ratio (0..1, scale 10, HALF_EVEN), {@code percent} the same in
 * percent (scale 8). When the denominator is zero or unknown both are null and {@code reason} says why.
 */
public record IndicatorValue(IndicatorCode code, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                             String reason) {

    public static final int SCALE = 10;

    public static IndicatorValue ratio(IndicatorCode code, BigDecimal numerator, BigDecimal denominator,
                                       String zeroReason) {
        if (denominator == null) return new IndicatorValue(code, null, numerator, null, zeroReason);
        if (denominator.signum() == 0) return new IndicatorValue(code, null, numerator, denominator, zeroReason);
        return new IndicatorValue(code, numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN),
                numerator, denominator, null);
    }

    public BigDecimal percent() {
        return value == null ? null : value.movePointRight(2).setScale(SCALE - 2, RoundingMode.HALF_EVEN);
    }
}
