package cn.ybjg.bench.perf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the result table: a measured value, the baseline measured in the same run (or null), their ratio
 * value / baseline, and an optional goal on the ratio or on the value.
 */
public record Row(String name, double value, String unit, String baselineName, Double baseline, Goal goal,
                  String note) {

    public static Row of(String name, double value, String unit) {
        return new Row(name, value, unit, null, null, null, null);
    }

    public Row against(String baselineName, double baseline) {
        return new Row(name, value, unit, baselineName, baseline, goal, note);
    }

    public Row goal(Goal g) {
        return new Row(name, value, unit, baselineName, baseline, g, note);
    }

    public Row note(String n) {
        return new Row(name, value, unit, baselineName, baseline, goal, n);
    }

    public Double ratio() {
        return baseline == null || baseline == 0 ? null : value / baseline;
    }

    public String verdict() {
        if (goal == null) {
            return "";
        }
        if (goal.kind() == Goal.Kind.RATIO_AT_LEAST) {
            return ratio() == null ? "not measured" : goal.verdict(ratio());
        }
        return goal.verdict(value);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measurement", name);
        m.put("value", value);
        m.put("unit", unit);
        m.put("baseline", baselineName);
        m.put("baselineValue", baseline);
        m.put("ratio", ratio());
        m.put("goal", goal == null ? null : goal.text());
        m.put("goalMet", goal == null ? null : verdict().equals("met"));
        m.put("verdict", goal == null ? null : verdict());
        m.put("note", note);
        return m;
    }
}
