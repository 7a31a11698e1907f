package cn.ybjg.indicators.api;

import java.time.LocalDate;
import java.util.List;

/** GET /api/v1/indicators. */
public record IndicatorsAnswer(String regionCode, String insuranceType, String period, LocalDate from, LocalDate to,
                               List<IndicatorDto> indicators) {
}
