package cn.ybjg.bench.perf;

/**
 * A target of one measurement: either a ratio against its baseline of at least {@code limit}, or a value of at
 * most {@code limit} (in the measurement's unit). {@link #verdict} says "met" or by how much it was missed.
 */
public record Goal(Kind kind, double limit, String unit) {
    public enum Kind { RATIO_AT_LEAST, VALUE_AT_MOST }

    public static Goal ratioAtLeast(double limit) {
        return new Goal(Kind.RATIO_AT_LEAST, limit, "");
    }

    public static Goal valueAtMost(double limit, String unit) {
        return new Goal(Kind.VALUE_AT_MOST, limit, unit);
    }

    public String text() {
        return kind == Kind.RATIO_AT_LEAST ? "≥ " + Fmt.ratio(limit) : "≤ " + Fmt.value(limit, unit);
    }

    /** @param measured the ratio (RATIO_AT_LEAST) or the value (VALUE_AT_MOST) */
    public boolean met(double measured) {
        return kind == Kind.RATIO_AT_LEAST ? measured >= limit : measured <= limit;
    }

    public String verdict(double measured) {
        if (Double.isNaN(measured)) {
            return "not measured";
        }
        if (met(measured)) {
            return "met";
        }
        if (kind == Kind.RATIO_AT_LEAST) {
            long shortBy = Math.round((limit - measured) / limit * 100);
            return "MISSED by " + shortBy + "% (" + Fmt.ratio(measured) + " of " + Fmt.ratio(limit) + ")";
        }
        return "MISSED by " + Fmt.value(measured - limit, unit) + " (" + Fmt.ratio(measured / limit) + " the limit)";
    }
}
