package cn.ybjg.supervision.catalog;

import cn.ybjg.supervision.rules.Finding;
import cn.ybjg.supervision.rules.PersonHistory;
import cn.ybjg.supervision.rules.Rule;
import cn.ybjg.supervision.rules.RuleContext;
import cn.ybjg.supervision.rules.RuleParams;
import java.util.List;

/** A rule with the version of its parameters in force. */
public record ActiveRule(Rule<?> rule, int version, boolean enabled, RuleParams params) {

    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Finding> evaluate(PersonHistory history, RuleContext context) {
        return ((Rule) rule).evaluate(history, params, context);
    }

    public String code() {
        return rule.code();
    }
}
