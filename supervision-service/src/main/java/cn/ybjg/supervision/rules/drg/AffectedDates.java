package cn.ybjg.supervision.rules.drg;

import java.time.LocalDate;

/**
 * Which benchmark dates a sample change reaches: a sample dated d lies in the window of a date D exactly when
 * D − windowDays + 1 ≤ d ≤ D, i.e. for D in d … d + windowDays − 1. Only benchmarks of those dates need recomputing.
 */
public final class AffectedDates {

    public record DateRange(LocalDate from, LocalDate to) {
        public boolean contains(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }
    }

    private AffectedDates() {
    }

    public static DateRange of(LocalDate sampleDate, int windowDays) {
        if (windowDays < 1) throw new IllegalArgumentException("windowDays: must be ≥ 1");
        return new DateRange(sampleDate, sampleDate.plusDays(windowDays - 1L));
    }
}
