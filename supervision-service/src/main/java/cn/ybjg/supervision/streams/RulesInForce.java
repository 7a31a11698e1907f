package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.catalog.ActiveRule;
import cn.ybjg.supervision.rules.Rules;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The rules in force, read from the global rule-version store: once at the start, then again only after the loader
 * wrote to it ({@link RuleVersionChanges}); parsed parameters are cached per (ruleCode, version, enabled). A rule
 * with no published version does not run (and its flags are left alone): the catalog publishes version 1 of every
 * rule when it seeds it.
 */
public final class RulesInForce {
    private final ReadOnlyKeyValueStore<String, RuleVersionRecord> store;
    private final RuleVersionChanges changes;
    private final Map<String, ActiveRule> parsed = new HashMap<>();
    /** Every published rule's version in force, in catalog order, as of {@link #readAt} writes of the store. */
    private Map<String, ActiveRule> inForce = Map.of();
    private List<ActiveRule> personRules = List.of();
    private long readAt = -1;

    public RulesInForce(ReadOnlyKeyValueStore<String, RuleVersionRecord> store, RuleVersionChanges changes) {
        this.store = store;
        this.changes = changes;
    }

    List<ActiveRule> personRules() {
        refresh();
        return personRules;
    }

    /** The version in force of one rule, enabled or not; empty when none was published. */
    public Optional<ActiveRule> rule(String ruleCode) {
        refresh();
        return Optional.ofNullable(inForce.get(ruleCode));
    }

    private void refresh() {
        long count = changes.count();
        if (count == readAt) return;
        Map<String, ActiveRule> next = new LinkedHashMap<>();
        for (var rule : Rules.ALL) {
            RuleVersionRecord v = store.get(rule.code());
            if (v == null) continue;
            // The loader admitted only parseable versions.
            next.put(rule.code(), parsed.computeIfAbsent(v.ruleCode() + "#" + v.version() + "#" + v.enabled(),
                    k -> v.toActiveRule()));
        }
        inForce = next;
        personRules = PersonRules.enabled(next);
        readAt = count;
    }
}
