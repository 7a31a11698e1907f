package cn.ybjg.indicators.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** GET /api/v1/indicators/{code}/series. */
public record SeriesAnswer(String code, String regionCode, String insuranceType, String granularity, List<Point> points) {

    public record Point(String period, LocalDate from, LocalDate to, BigDecimal value, BigDecimal percent,
                        BigDecimal numerator, BigDecimal denominator, String reason) {
    }
}
