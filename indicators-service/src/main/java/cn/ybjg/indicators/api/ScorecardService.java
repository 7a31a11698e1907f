package cn.ybjg.indicators.api;

import cn.ybjg.indicators.compute.IndicatorCode;
import cn.ybjg.indicators.compute.IndicatorValue;
import cn.ybjg.indicators.compute.Period;
import cn.ybjg.indicators.seeds.SeedData;
import cn.ybjg.indicators.seeds.SeedRegistry;
import cn.ybjg.indicators.seeds.Target;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Evaluates every target of a region and year; indicators computed once per insurance type needed. */
@ApplicationScoped
public class ScorecardService {

    @Inject
    SeedRegistry seeds;
    @Inject
    IndicatorService indicators;

    public Scorecard scorecard(String region, int year) throws SQLException {
        SeedData data = seeds.current();
        Period period = Period.ofYear(year);
        Map<String, Map<IndicatorCode, IndicatorValue>> byType = new HashMap<>();
        List<ScorecardItem> items = new ArrayList<>();
        for (Target t : data.targets(region)) {
            if (t.year() != year) continue;
            if (!t.derivable()) {
                items.add(ScorecardItem.notDerivable(t));
                continue;
            }
            String key = t.insuranceType() == null ? "" : t.insuranceType();
            Map<IndicatorCode, IndicatorValue> values = byType.get(key);
            if (values == null) {
                values = indicators.compute(region, t.insuranceType(), List.of(period)).get(period);
                byType.put(key, values);
            }
            items.add(ScorecardItem.evaluate(t, values.get(IndicatorCode.valueOf(t.indicator()))));
        }
        return new Scorecard(region, data.regionName(region).orElse(null), year, Scorecard.Summary.of(items), items);
    }
}
