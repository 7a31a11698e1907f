package cn.ybjg.supervision.catalog;

import java.util.Map;

/** Body of PUT /api/v1/rules/{ruleCode}: parameters to change (merged over the current ones) and/or enabled. */
public record RuleChange(Boolean enabled, Map<String, Object> parameters) {
}
