package cn.ybjg.supervision.rules;

import cn.ybjg.supervision.rules.drg.GroupWindow;
import cn.ybjg.supervision.rules.drg.Sample;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One group's {@link GroupWindow}, filled from {@link DrgData} over the one contiguous date range the batch has
 * asked for so far: each day is read once, however many dates query it.
 */
final class LoadedGroupWindow {
    private final DrgData data;
    private final String region;
    private final String drg;
    private final GroupWindow window = new GroupWindow();
    private LocalDate loadedFrom;
    private LocalDate loadedTo;
    /** A snapshot never re-delivers or reverses a sample, so a running number is identity enough. */
    private long nextId;

    LoadedGroupWindow(DrgData data, String region, String drg) {
        this.data = data;
        this.region = region;
        this.drg = drg;
    }

    /** The window with every sample dated from..to loaded (and whatever lies between that and earlier ranges). */
    GroupWindow covering(LocalDate from, LocalDate to) {
        if (loadedFrom == null) {
            load(from, to);
            loadedFrom = from;
            loadedTo = to;
            return window;
        }
        if (from.isBefore(loadedFrom)) {
            load(from, loadedFrom.minusDays(1));
            loadedFrom = from;
        }
        if (to.isAfter(loadedTo)) {
            load(loadedTo.plusDays(1), to);
            loadedTo = to;
        }
        return window;
    }

    private void load(LocalDate from, LocalDate to) {
        List<Sample> samples = new ArrayList<>();
        data.forEachSample(region, drg, from, to,
                (date, cost) -> samples.add(new Sample(Long.toString(nextId++), date, Sample.fen(cost))));
        window.addAll(samples);
    }
}
