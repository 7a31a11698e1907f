package cn.ybjg.supervision.streams.drg;

import cn.ybjg.supervision.rules.SettlementFact;
import cn.ybjg.supervision.rules.drg.Sample;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * The stays of one task in memory, by region and group: the counted samples (one GroupWindow per group, sample id =
 * subjectKey) and the stays by date. It mirrors the drg-stays and drg-flags stores and is rebuilt from them when the
 * task starts, so no group is ever serialised whole.
 */
final class StayBook {

    /** Where a change leaves dates to re-judge. */
    interface DirtyMarker {
        void sample(String regionCode, String drgCode, LocalDate date);

        void stay(String regionCode, String drgCode, LocalDate date);
    }

    private final Map<String, RegionBook> regions = new HashMap<>();

    RegionBook region(String regionCode) {
        return regions.get(regionCode);
    }

    /** The stays of a task's store, bulk-loaded (each group's runs merged once). */
    static StayBook of(KeyValueIterator<String, SettlementFact> stays) {
        StayBook book = new StayBook();
        Map<GroupBook, List<Sample>> samples = new HashMap<>();
        while (stays.hasNext()) {
            SettlementFact s = stays.next().value;
            if (!DrgStays.counted(s)) continue;
            GroupBook g = book.group(s);
            String id = s.subjectKey();
            samples.computeIfAbsent(g, k -> new ArrayList<>()).add(sample(s, id));
            g.dayOrNew(s.periodDate(), book.regionOf(s)).add(id, fen(s));
        }
        samples.forEach((g, list) -> g.window.addAll(list));
        return book;
    }

    /** A stay whose flag is OPEN (read from the flag store at start). */
    void opened(SettlementFact stay) {
        group(stay).dayOrNew(stay.periodDate(), regionOf(stay)).opened(stay.subjectKey());
    }

    /**
     * The stay store's value went from before (null: none) to after: move its sample and its place by date, carry
     * an OPEN flag along if the stay moved (so the old date does not withdraw it), and report what to re-judge.
     */
    void replace(SettlementFact before, SettlementFact after, DirtyMarker dirty) {
        String id = after.subjectKey();
        boolean wasCounted = DrgStays.counted(before);
        boolean isCounted = DrgStays.counted(after);
        GroupBook from = before == null ? null : group(before);
        GroupBook to = group(after);
        if (wasCounted && isCounted && from == to) {
            if (to.window.add(sample(after, id))) {
                dirty.sample(before.regionCode(), before.drgCode(), before.periodDate());
                dirty.sample(after.regionCode(), after.drgCode(), after.periodDate());
            }
        } else {
            if (wasCounted && from.window.remove(id)) dirty.sample(before.regionCode(), before.drgCode(), before.periodDate());
            if (isCounted && to.window.add(sample(after, id))) dirty.sample(after.regionCode(), after.drgCode(), after.periodDate());
        }

        DayStays oldDay = before == null ? null : from.day(before.periodDate());
        boolean wasOpen = oldDay != null && oldDay.open().contains(id);
        if (wasCounted) oldDay.remove(id, fen(before));
        if (oldDay != null) oldDay.touch();
        DayStays newDay = isCounted || wasOpen ? to.dayOrNew(after.periodDate(), regionOf(after)) : null;
        if (isCounted) newDay.add(id, fen(after));
        if (wasOpen && newDay != oldDay) {
            oldDay.closed(id);
            newDay.opened(id);
        }
        if (before != null) {
            from.dropIfEmpty(before.periodDate(), regionOf(before));
            // a stay that existed may carry a flag: its old and new dates are judged again whatever the samples did
            dirty.stay(before.regionCode(), before.drgCode(), before.periodDate());
            dirty.stay(after.regionCode(), after.drgCode(), after.periodDate());
        }
    }

    private RegionBook regionOf(SettlementFact s) {
        return regions.computeIfAbsent(s.regionCode(), RegionBook::new);
    }

    private GroupBook group(SettlementFact s) {
        return regionOf(s).groupOrNew(s.drgCode());
    }

    /**
     * {@code id}: the stay's subjectKey, the one String the window and the day index both hold. A stay is kept for
     * 365 days and the key is most of its memory, so a second copy per stay cost ~90 bytes (of ~300) of heap.
     */
    private static Sample sample(SettlementFact s, String id) {
        return new Sample(id, s.periodDate(), fen(s));
    }

    private static long fen(SettlementFact s) {
        return Sample.fen(s.totalCost());
    }
}
