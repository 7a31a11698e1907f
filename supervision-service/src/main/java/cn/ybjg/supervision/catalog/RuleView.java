package cn.ybjg.supervision.catalog;

import cn.ybjg.supervision.rules.Rule;
import java.time.OffsetDateTime;
import java.util.Map;

/** A rule in the catalog: code, names, description, whether enabled, the version in force and its parameters. */
public record RuleView(String ruleCode, String nameZh, String description, boolean enabled, int version,
        Map<String, Object> parameters, OffsetDateTime versionCreatedAt, String versionCreatedBy) {

    static RuleView of(Rule<?> rule, RuleVersion v) {
        return new RuleView(rule.code(), rule.nameZh(), rule.description(), v.enabled, v.version, v.parameters,
                v.createdAt, v.createdBy);
    }
}
