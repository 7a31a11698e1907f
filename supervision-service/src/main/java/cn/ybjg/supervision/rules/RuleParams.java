package cn.ybjg.supervision.rules;

import java.util.List;

/** A rule's typed parameters. {@link #problems()} names every bad parameter ("graceDays: must be ≥ 0"). */
public interface RuleParams {
    List<String> problems();
}
