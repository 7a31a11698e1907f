package cn.ybjg.bench.perf;

/**
 * A target of one measurement: a ratio against its baseline of at least {@code limit}, or a value of at most or at
 * least {@code limit} (in the measurement's unit). {@link #verdict} says "met" or by how much it was missed.
 */
public record Goal(Kind kind, double limit, String unit) {
    public enum Kind { RATIO_AT_LEAST, VALUE_AT_MOST, VALUE_AT_LEAST }

    public static Goal ratioAtLeast(double limit) {
        return new Goal(Kind.RATIO_AT_LEAST, limit, "");
    }

    public static Goal valueAtMost(double limit, String unit) {
        return new Goal(Kind.VALUE_AT_MOST, limit, unit);
    }

    public static Goal valueAtLeast(double limit, String unit) {
        return new Goal(Kind.VALUE_AT_LEAST, limit, unit);
    }

    public String text() {
        return switch (kind) {
            case RATIO_AT_LEAST -> "≥ " + Fmt.ratio(limit);
            case VALUE_AT_MOST -> "≤ " + Fmt.value(limit, unit);
            case VALUE_AT_LEAST -> "≥ " + Fmt.value(limit, unit);
        };
    }

    /** @param measured the ratio (RATIO_AT_LEAST) or the value (VALUE_AT_…) */
    public boolean met(double measured) {
        return kind == Kind.VALUE_AT_MOST ? measured <= limit : measured >= limit;
    }

    public String verdict(double measured) {
        if (Double.isNaN(measured)) {
            return "not measured";
        }
        if (met(measured)) {
            return "met";
        }
        return switch (kind) {
            case RATIO_AT_LEAST -> "MISSED by " + Math.round((limit - measured) / limit * 100) + "% ("
                    + Fmt.ratio(measured) + " of " + Fmt.ratio(limit) + ")";
            case VALUE_AT_LEAST -> "MISSED by " + Fmt.value(limit - measured, unit) + " ("
                    + Fmt.ratio(measured / limit) + " the goal)";
            // a limit of 0 ("nothing may differ") has no meaningful multiple
            case VALUE_AT_MOST -> "MISSED by " + Fmt.value(measured - limit, unit)
                    + (limit == 0 ? "" : " (" + Fmt.ratio(measured / limit) + " the limit)");
        };
    }
}
