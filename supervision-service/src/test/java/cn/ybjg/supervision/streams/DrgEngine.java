package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.Rule;
import cn.ybjg.supervision.rules.Rules;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit topology with only DRG_COST_OUTLIER enabled (the person rules published disabled, so they publish
 * nothing), and next to it the from-scratch reference fed the same events.
 */
final class DrgEngine implements AutoCloseable {
    static final String CODE = DrgCostOutlierRule.CODE;
    final EngineDriver engine = new EngineDriver();
    final DrgReference reference = new DrgReference();
    private DrgCostOutlierRule.Params params;
    private int version = 1;

    DrgEngine(DrgCostOutlierRule.Params params) {
        for (Rule<?> rule : Rules.ALL) {
            if (!rule.code().equals(CODE)) engine.publishRule(rule.code(), 2, false, Ev.JSON.convertValue(rule.defaults(), Map.class));
        }
        params(params);
    }

    /** Small parameters: a benchmark from minSample samples in windowDays days, 10 % trimmed, default multiples. */
    static DrgCostOutlierRule.Params small(int minSample, int windowDays) {
        var d = new DrgCostOutlierRule().defaults();
        return new DrgCostOutlierRule.Params(d.lowMultiple(), d.highMultiples(), d.trimFraction(), minSample, windowDays);
    }

    void params(DrgCostOutlierRule.Params p) {
        params = p;
        engine.publishRule(CODE, ++version, true, Ev.JSON.convertValue(p, Map.class));
    }

    void disable() {
        engine.publishRule(CODE, ++version, false, Ev.JSON.convertValue(params, Map.class));
    }

    List<JsonNode> send(Ev... events) {
        return send(List.of(events));
    }

    List<JsonNode> send(List<Ev> events) {
        events.forEach(reference::sent);
        return engine.send(events);
    }

    List<JsonNode> judge() {
        return engine.judgeDrg();
    }

    void benchmark(String region, String drg, int year, String cost) {
        reference.configured(region, drg, year, cost);
        engine.publishBenchmark(region, drg, year, cost);
    }

    List<JsonNode> open() {
        return engine.open(CODE);
    }

    /** The OPEN DRG flags as "ruleCode id severity amount evidence". */
    Set<String> openSummary() {
        return ShuffledEventsPropertyTest.summary(open());
    }

    Set<String> expected() {
        return reference.expected(params);
    }

    static BigDecimal money(String v) {
        return new BigDecimal(v);
    }

    @Override
    public void close() {
        engine.close();
    }
}
