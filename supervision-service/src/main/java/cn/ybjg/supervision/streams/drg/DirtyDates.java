package cn.ybjg.supervision.streams.drg;

import java.time.LocalDate;

/**
 * What changed in one (region, group) since its last judgement: the dates of samples added or removed (their
 * benchmarks reach the windowDays dates from each, counted with the windowDays in force when judging) and the
 * dates of stays whose own facts changed. Each pair is a closed range or both null; merging keeps the envelope.
 */
public record DirtyDates(LocalDate samplesFrom, LocalDate samplesTo, LocalDate staysFrom, LocalDate staysTo) {

    static final DirtyDates NONE = new DirtyDates(null, null, null, null);

    DirtyDates withSample(LocalDate d) {
        return new DirtyDates(min(samplesFrom, d), max(samplesTo, d), staysFrom, staysTo);
    }

    DirtyDates withStay(LocalDate d) {
        return new DirtyDates(samplesFrom, samplesTo, min(staysFrom, d), max(staysTo, d));
    }

    /** The dates whose judgement may have changed, for a window of windowDays: at most two ranges. */
    void forEachRange(int windowDays, RangeSink sink) {
        if (samplesFrom != null) sink.accept(samplesFrom, samplesTo.plusDays(windowDays - 1L));
        if (staysFrom != null) sink.accept(staysFrom, staysTo);
    }

    interface RangeSink {
        void accept(LocalDate from, LocalDate to);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
