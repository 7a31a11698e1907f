package cn.ybjg.indicators.api;

import cn.ybjg.indicators.compute.AggregateRow;
import cn.ybjg.indicators.compute.IndicatorCalculator;
import cn.ybjg.indicators.compute.IndicatorCode;
import cn.ybjg.indicators.compute.IndicatorInputs;
import cn.ybjg.indicators.compute.IndicatorValue;
import cn.ybjg.indicators.compute.Period;
import cn.ybjg.indicators.compute.SettlementSums;
import cn.ybjg.indicators.seeds.PopulationFigure;
import cn.ybjg.indicators.seeds.SeedRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Indicator values for consecutive periods of one region and insurance type, from three queries in all. */
@ApplicationScoped
public class IndicatorService {

    @Inject
    IndicatorQueries queries;
    @Inject
    SeedRegistry seeds;
    @Inject
    EnrolledPersonsCache enrolledCache;

    public Map<Period, Map<IndicatorCode, IndicatorValue>> compute(String region, String insuranceType,
                                                                   List<Period> periods) throws SQLException {
        Period first = periods.get(0);
        Period last = periods.get(periods.size() - 1);
        List<AggregateRow> rows = queries.aggregates(region, insuranceType, first.first(), last.last());
        List<LocalDate> days = periods.stream().map(Period::lastDay).toList();
        Map<LocalDate, Long> enrolled = enrolledCache.get(region, insuranceType, days,
                () -> queries.enrolledPersons(region, insuranceType, days));
        var flagged = queries.flaggedAmounts(region, insuranceType, first.first(), last.last());
        Map<Period, Map<IndicatorCode, IndicatorValue>> result = new LinkedHashMap<>();
        for (Period p : periods) {
            SettlementSums sums = SettlementSums.of(rows.stream().filter(r -> p.contains(r.month())).toList());
            BigDecimal flaggedSum = flagged.entrySet().stream().filter(e -> p.contains(e.getKey()))
                    .map(Map.Entry::getValue).reduce(new BigDecimal("0.00"), BigDecimal::add);
            Optional<PopulationFigure> population = seeds.current().population(region, p.year());
            result.put(p, IndicatorCalculator.all(new IndicatorInputs(sums, enrolled.getOrDefault(p.lastDay(), 0L),
                    population.map(PopulationFigure::residents).orElse(null),
                    "no resident population configured for region " + region + " in " + p.year()
                            + " (add it to the seeds population data)",
                    flaggedSum)));
        }
        return result;
    }
}
