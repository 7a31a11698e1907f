package cn.ybjg.indicators.compute;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** How a plan target compares: ≥, >, ≤, <, or ≈ within a tolerance (percentage points for percent targets). */
public enum Comparator {
    GE(">=", "≥"), GT(">", "＞"), LE("<=", "≤"), LT("<", "＜"), APPROX("≈", "~");

    private final String symbol;
    private final String alias;

    Comparator(String symbol, String alias) {
        this.symbol = symbol;
        this.alias = alias;
    }

    public String symbol() {
        return symbol;
    }

    public static Comparator parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values()).filter(c -> c.symbol.equals(t) || c.alias.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("comparator '" + text + "' is not one of "
                        + List.of(">=", ">", "<=", "<", "≈")));
    }

    /** Whether {@code value} meets {@code target}; {@code tolerance} only counts for ≈ (inclusive). */
    public boolean met(BigDecimal value, BigDecimal target, BigDecimal tolerance) {
        int cmp = value.compareTo(target);
        return switch (this) {
            case GE -> cmp >= 0;
            case GT -> cmp > 0;
            case LE -> cmp <= 0;
            case LT -> cmp < 0;
            case APPROX -> value.subtract(target).abs().compareTo(tolerance) <= 0;
        };
    }
}
