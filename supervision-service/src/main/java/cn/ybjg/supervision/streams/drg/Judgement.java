package cn.ybjg.supervision.streams.drg;

import cn.ybjg.supervision.rules.DrgBenchmarks.Benchmark;
import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.DrgCostOutlierRule.Lines;
import java.util.List;
import java.math.BigDecimal;

/**
 * Everything a group's verdicts on one date depend on besides the stays themselves: the benchmark (null: none), the
 * lines, how many groups the region counts and the parameters. Equal judgements on unchanged stays give equal
 * findings, which is what lets a punctuation skip a (group, date) whose inputs did not move.
 */
record Judgement(Benchmark benchmark, Lines lines, int groupsInRegion, DrgCostOutlierRule.Params params) {

    static Judgement of(Benchmark b, List<BigDecimal> regionAscending, DrgCostOutlierRule.Params p) {
        if (b == null) return new Judgement(null, null, 0, p);
        return new Judgement(b, Lines.of(b.cost(), regionAscending, p), regionAscending.size(), p);
    }

    /**
     * Whether any stay can be flagged. A benchmark of 0.00 (only possible for a group of free stays) is left out:
     * every stay would be 高倍率 and the rule's ratio would divide by zero.
     */
    boolean flags() {
        return benchmark != null && benchmark.cost().signum() > 0;
    }
}
