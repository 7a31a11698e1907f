package cn.ybjg.bench.perf;

import java.util.Locale;

/** Number formatting of the table: thousands grouped, small fractions with two decimals, ratios with a ×. */
public final class Fmt {
    private Fmt() {
    }

    public static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    public static String ratio(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, v >= 10 ? "%.1f×" : "%.2f×", v);
    }

    public static String value(double v, String unit) {
        return num(v) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }
}
