package cn.ybjg.supervision.streams.drg;

import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.drg.GroupWindow;
import cn.ybjg.supervision.rules.drg.WindowBenchmark;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One DRG group of a region in memory: its counted samples (the window index) and its stays by date. */
final class GroupBook {
    final String drgCode;
    final GroupWindow window = new GroupWindow();
    private final Map<Long, DayStays> days = new HashMap<>();
    private final BenchmarkMemo benchmarks = new BenchmarkMemo();

    GroupBook(String drgCode) {
        this.drgCode = drgCode;
    }

    DayStays day(LocalDate date) {
        return days.get(date.toEpochDay());
    }

    /** The stays of that date, created empty if need be; reports a new date to the region's date index. */
    DayStays dayOrNew(LocalDate date, RegionBook region) {
        return days.computeIfAbsent(date.toEpochDay(), d -> {
            region.dayAdded(date);
            return new DayStays();
        });
    }

    /** Forgets a date that has neither counted stays nor OPEN flags left. */
    void dropIfEmpty(LocalDate date, RegionBook region) {
        DayStays day = days.get(date.toEpochDay());
        if (day != null && day.isEmpty()) {
            days.remove(date.toEpochDay());
            region.dayRemoved(date);
        }
    }

    /**
     * The trimmed mean of the window ending on date, exactly as DrgBenchmarks computes it from scratch; remembered
     * until {@link #samplesChanged} reaches that date.
     */
    Optional<WindowBenchmark> windowBenchmark(LocalDate date, DrgCostOutlierRule.Params p) {
        return benchmarks.get(date, p, () -> window.benchmark(date, p.windowDays(), p.trimFraction(), p.minSample()));
    }

    /** Samples dated from..to changed: the benchmarks of every date whose window holds one of them are stale. */
    void samplesChanged(LocalDate from, LocalDate to, int windowDays) {
        benchmarks.forget(from, to.plusDays(windowDays - 1L));
    }
}
