package cn.ybjg.supervision.catalog;

import cn.ybjg.kit.JsonFieldPath;
import cn.ybjg.supervision.SupervisionConfig;
import cn.ybjg.supervision.rules.Rule;
import cn.ybjg.supervision.rules.RuleParams;
import cn.ybjg.supervision.rules.Rules;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rule versions: seeds version 1 of every rule, reads the versions in force and makes new ones. */
@ApplicationScoped
@Transactional
public class RuleCatalog {

    @Inject
    ObjectMapper mapper;

    @Inject
    SupervisionConfig config;

    @Inject
    RuleVersionPublisher publisher;

    /**
     * Seeds version 1 of every rule that has none, then re-publishes the version in force of every rule, so a new
     * or rebuilt rule-versions.v1 topic always holds them.
     */
    void seed(@Observes StartupEvent ev) {
        for (Rule<?> rule : Rules.ALL) {
            if (RuleVersion.latest(rule.code()) != null) continue;
            Map<String, Object> params = toMap(rule.defaults());
            String override = config.ruleDefaults().get(rule.code());
            if (override != null) params.putAll(readMap(override));
            RuleVersion v = version(rule, 1, true, toMap(parse(rule, params)), "system");
            v.persist();
            Log.infof("rule %s version 1 seeded", rule.code());
        }
        RuleVersion.latest().forEach(publisher::publish);
    }

    /** Every rule with its version in force, by code (one query). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, ActiveRule> current() {
        Map<String, ActiveRule> out = new LinkedHashMap<>();
        Map<String, RuleVersion> latest = new HashMap<>();
        for (RuleVersion v : RuleVersion.latest()) latest.put(v.ruleCode, v);
        for (Rule<?> rule : Rules.ALL) {
            RuleVersion v = latest.get(rule.code());
            if (v == null) continue;
            out.put(rule.code(), new ActiveRule(rule, v.version, v.enabled, parse(rule, v.parameters)));
        }
        return out;
    }

    /**
     * The rules in force with proposed parameters merged over those of the given rules (validated as a change
     * would be; no version is made). Used by dry-run replays to backtest a change before it goes live.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, ActiveRule> proposed(Map<String, Map<String, Object>> parameters) {
        Map<String, ActiveRule> out = current();
        if (parameters == null) return out;
        parameters.forEach((code, params) -> {
            ActiveRule now = out.get(code);
            if (now == null) throw new IllegalArgumentException("parameters: unknown rule " + code);
            Map<String, Object> merged = new LinkedHashMap<>(toMap(now.params()));
            if (params != null) merged.putAll(params);
            out.put(code, new ActiveRule(now.rule(), now.version(), now.enabled(), parse(now.rule(), merged)));
        });
        return out;
    }

    /** A new version from the one in force, with the given parameters merged over its own. */
    public RuleVersion change(String code, Boolean enabled, Map<String, Object> parameters, String by) {
        Rule<?> rule = Rules.byCode(code);
        RuleVersion now = RuleVersion.latest(code);
        Map<String, Object> merged = new LinkedHashMap<>(now.parameters);
        if (parameters != null) merged.putAll(parameters);
        RuleParams parsed = parse(rule, merged);
        RuleVersion next = version(rule, now.version + 1, enabled == null ? now.enabled : enabled, toMap(parsed), by);
        next.persist();
        publisher.publish(next);
        Log.infof("rule %s version %d made by %s", code, next.version, by);
        return next;
    }

    RuleParams parse(Rule<?> rule, Map<String, Object> params) {
        RuleParams p;
        try {
            // ACCEPT_FLOAT_AS_INT off: maxDays 15.5 is refused, not silently truncated to 15.
            p = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    .convertValue(params, rule.paramsType());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(List.of(describe(e)));
        }
        List<String> problems = p.problems();
        if (!problems.isEmpty()) throw new BadParameterException(problems);
        return p;
    }

    private static String describe(IllegalArgumentException e) {
        Throwable c = e.getCause();
        if (c instanceof UnrecognizedPropertyException u) return u.getPropertyName() + ": unknown parameter";
        if (c instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            List<String> path = new ArrayList<>();
            m.getPath().forEach(r -> path.add(r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]"));
            return String.join(".", path).replace(".[", "[") + ": " + JsonFieldPath.expectation(m.getTargetType());
        }
        return "parameters: not readable";
    }

    private RuleVersion version(Rule<?> rule, int number, boolean enabled, Map<String, Object> params, String by) {
        RuleVersion v = new RuleVersion();
        v.ruleCode = rule.code();
        v.version = number;
        v.enabled = enabled;
        v.parameters = params;
        v.createdAt = OffsetDateTime.now();
        v.createdBy = by;
        return v;
    }

    private Map<String, Object> toMap(Object params) {
        return mapper.convertValue(params, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    private Map<String, Object> readMap(String json) {
        try {
            return mapper.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (Exception e) {
            throw new IllegalStateException("supervision.rule-defaults: not a JSON object: " + e.getMessage());
        }
    }
}
