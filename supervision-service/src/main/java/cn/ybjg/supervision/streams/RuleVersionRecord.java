package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.catalog.ActiveRule;
import cn.ybjg.supervision.rules.Rule;
import cn.ybjg.supervision.rules.RuleParams;
import cn.ybjg.supervision.rules.Rules;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * rule-versions.v1 payload, keyed by ruleCode: one version of a rule's parameters as the rule catalog made it
 * ({@code rule_version} row). The topic is compacted, so it always holds the version in force of every rule.
 */
public record RuleVersionRecord(String ruleCode, int version, boolean enabled, Map<String, Object> parameters) {

    public static final Serde<RuleVersionRecord> SERDE = new JsonSerde<>(RuleVersionRecord.class);

    /** The global store: every instance holds every rule version (a handful of rows). */
    static StoreBuilder<KeyValueStore<String, RuleVersionRecord>> storeBuilder() {
        // Global stores restore from their source topic; a changelog would only duplicate it.
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Topics.RULE_VERSION_STORE), Serdes.String(),
                SERDE).withLoggingDisabled();
    }

    /**
     * The rule with these parameters, validated as the catalog validates them.
     *
     * @throws IllegalArgumentException naming the unknown rule or the bad parameters
     */
    ActiveRule toActiveRule() {
        Rule<?> rule = Rules.byCode(ruleCode);
        if (rule == null) throw new IllegalArgumentException("ruleCode: unknown rule " + ruleCode);
        RuleParams params = StreamsJson.MAPPER.convertValue(parameters == null ? Map.of() : parameters, rule.paramsType());
        List<String> problems = params.problems();
        if (!problems.isEmpty()) throw new IllegalArgumentException(ruleCode + " parameters: " + String.join("; ", problems));
        return new ActiveRule(rule, version, enabled, params);
    }
}
