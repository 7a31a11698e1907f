package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.catalog.ActiveRule;
import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.DrgData;
import cn.ybjg.supervision.rules.Finding;
import cn.ybjg.supervision.rules.PersonHistory;
import cn.ybjg.supervision.rules.RuleContext;
import cn.ybjg.supervision.rules.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The person-keyed rules: every rule of {@link Rules#ALL} but DRG_COST_OUTLIER, which needs the samples of a whole
 * (region, DRG group) and gets its own region-keyed sub-topology (docs/engine.md).
 */
final class PersonRules {
    private PersonRules() {
    }

    static boolean personKeyed(String ruleCode) {
        return !DrgCostOutlierRule.CODE.equals(ruleCode);
    }

    /** The enabled person rules among the versions in force, in catalog order. */
    static List<ActiveRule> enabled(Map<String, ActiveRule> inForce) {
        return Rules.ALL.stream().map(r -> inForce.get(r.code()))
                .filter(r -> r != null && r.enabled() && personKeyed(r.code())).toList();
    }

    static List<Finding> evaluate(PersonHistory history, List<ActiveRule> rules, LocalDate today) {
        RuleContext context = new RuleContext(today, DrgData.NONE);
        List<Finding> out = new ArrayList<>();
        for (ActiveRule rule : rules) out.addAll(rule.evaluate(history, context));
        return out;
    }
}
