package cn.ybjg.supervision.rules.drg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a group's benchmark moves, only stays whose cost lies between an old and a new threshold can change verdict
 * (a verdict compares the cost with the two thresholds, and outside those intervals both comparisons come out the
 * same before and after). So a re-judgement can read just the stays in {@link #rejudgeRanges} instead of the group.
 * Thresholds are what the rule compares with; the high one already carries the tier's multiple, so a tier change
 * is a threshold change like any other.
 */
public final class VerdictChange {

    /** 低倍率 at cost ≤ low; 高倍率 at cost ≥ high (checked first, as the rule does). */
    public record Thresholds(BigDecimal low, BigDecimal high) {
        public static Thresholds of(BigDecimal benchmark, BigDecimal lowMultiple, BigDecimal highMultiple) {
            return new Thresholds(lowMultiple.multiply(benchmark).setScale(2, RoundingMode.HALF_UP),
                    highMultiple.multiply(benchmark).setScale(2, RoundingMode.HALF_UP));
        }
    }

    public enum Verdict { LOW, NONE, HIGH }

    /** A closed cost interval; a null end is unbounded. */
    public record CostRange(BigDecimal from, BigDecimal to) {
        public boolean contains(BigDecimal c) {
            return (from == null || c.compareTo(from) >= 0) && (to == null || c.compareTo(to) <= 0);
        }
    }

    private VerdictChange() {
    }

    /** No thresholds (no benchmark): no verdict. */
    public static Verdict verdict(BigDecimal cost, Optional<Thresholds> t) {
        if (t.isEmpty()) return Verdict.NONE;
        if (cost.compareTo(t.get().high()) >= 0) return Verdict.HIGH;
        return cost.compareTo(t.get().low()) <= 0 ? Verdict.LOW : Verdict.NONE;
    }

    /** The costs whose verdict may differ between before and after; a benchmark that appears or goes away reaches every flagged cost. */
    public static List<CostRange> rejudgeRanges(Optional<Thresholds> before, Optional<Thresholds> after) {
        List<CostRange> out = new ArrayList<>();
        if (before.isPresent() && after.isPresent()) {
            between(before.get().low(), after.get().low(), out);
            between(before.get().high(), after.get().high(), out);
        } else if (before.isPresent() || after.isPresent()) {
            Thresholds t = before.orElseGet(after::get);
            out.add(new CostRange(null, t.low()));
            out.add(new CostRange(t.high(), null));
        }
        return out;
    }

    public static boolean mayChange(BigDecimal cost, Optional<Thresholds> before, Optional<Thresholds> after) {
        return rejudgeRanges(before, after).stream().anyMatch(r -> r.contains(cost));
    }

    private static void between(BigDecimal a, BigDecimal b, List<CostRange> out) {
        if (a.compareTo(b) != 0) out.add(new CostRange(a.min(b), a.max(b)));
    }
}
