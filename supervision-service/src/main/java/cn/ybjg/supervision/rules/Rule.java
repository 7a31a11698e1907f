package cn.ybjg.supervision.rules;

import java.util.List;

/**
 * One supervision rule: a pure function from a person's history (plus context) to findings. Adding a rule is
 * adding one class implementing this interface and listing it in {@link Rules#ALL}.
 */
public interface Rule<P extends RuleParams> {

    String code();

    String nameZh();

    String description();

    Class<P> paramsType();

    /** The defaults when nothing is configured. */
    P defaults();

    List<Finding> evaluate(PersonHistory history, P params, RuleContext context);
}
