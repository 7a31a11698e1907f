package cn.ybjg.bench.perf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the result table: a measured value, the baseline measured in the same run (or null), their ratio
 * value / baseline, and an optional goal on the ratio or on the value. {@code notJudged} names why a goal was not
 * judged although the value was measured (e.g. a replay of fewer settlements than the goal is stated for): the
 * verdict says so and goalMet is null, never false or true.
 */
public record Row(String name, double value, String unit, String baselineName, Double baseline, Goal goal,
                  String note, String notJudged) {

    public static Row of(String name, double value, String unit) {
        return new Row(name, value, unit, null, null, null, null, null);
    }

    public Row against(String baselineName, double baseline) {
        return new Row(name, value, unit, baselineName, baseline, goal, note, notJudged);
    }

    public Row goal(Goal g) {
        return new Row(name, value, unit, baselineName, baseline, g, note, notJudged);
    }

    public Row note(String n) {
        return new Row(name, value, unit, baselineName, baseline, goal, n, notJudged);
    }

    public Row notJudged(String why) {
        return new Row(name, value, unit, baselineName, baseline, goal, note, why);
    }

    public Double ratio() {
        return baseline == null || baseline == 0 ? null : value / baseline;
    }

    public String verdict() {
        if (goal == null) {
            return "";
        }
        if (notJudged != null) {
            return notJudged;
        }
        if (goal.kind() == Goal.Kind.RATIO_AT_LEAST) {
            return ratio() == null ? "not measured" : goal.verdict(ratio());
        }
        return goal.verdict(value);
    }

    /**
     * null without a goal or when it was deliberately not judged; otherwise whether it was met. A value that could
     * not be measured at all (NaN) is not met: a run that produced nothing to measure must not look neutral.
     */
    public Boolean goalMet() {
        return goal == null || notJudged != null ? null : verdict().equals("met");
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measurement", name);
        m.put("value", Double.isFinite(value) ? value : null);
        m.put("unit", unit);
        m.put("baseline", baselineName);
        m.put("baselineValue", baseline);
        m.put("ratio", ratio());
        m.put("goal", goal == null ? null : goal.text());
        m.put("goalMet", goalMet());
        m.put("verdict", goal == null ? null : verdict());
        m.put("note", note);
        return m;
    }
}
