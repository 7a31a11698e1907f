package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.catalog.ActiveRule;
import cn.ybjg.supervision.rules.Rules;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The person rules in force, read from the global rule-version store for each event; parsed parameters are cached
 * per (ruleCode, version), so a rule change costs one parse per task. A rule with no published version does not run
 * (and its flags are left alone): the catalog publishes version 1 of every rule when it seeds it.
 */
final class RulesInForce {
    private final ReadOnlyKeyValueStore<String, RuleVersionRecord> store;
    private final Map<String, ActiveRule> parsed = new HashMap<>();

    RulesInForce(ReadOnlyKeyValueStore<String, RuleVersionRecord> store) {
        this.store = store;
    }

    List<ActiveRule> personRules() {
        Map<String, ActiveRule> inForce = new LinkedHashMap<>();
        for (var rule : Rules.ALL) {
            if (!PersonRules.personKeyed(rule.code())) continue;
            RuleVersionRecord v = store.get(rule.code());
            if (v == null) continue;
            // The loader admitted only parseable versions.
            inForce.put(rule.code(), parsed.computeIfAbsent(v.ruleCode() + "#" + v.version() + "#" + v.enabled(),
                    k -> v.toActiveRule()));
        }
        return PersonRules.enabled(inForce);
    }
}
