package cn.ybjg.supervision.streams.drg;

import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeMap;

/** The DRG groups of one region in memory, and the dates on which any of them has stays to judge. */
final class RegionBook {
    final String regionCode;
    private final TreeMap<String, GroupBook> groups = new TreeMap<>();
    /** Date → how many groups have stays (counted or flagged) on it. */
    private final TreeMap<LocalDate, Integer> dates = new TreeMap<>();

    RegionBook(String regionCode) {
        this.regionCode = regionCode;
    }

    GroupBook group(String drgCode) {
        return groups.get(drgCode);
    }

    GroupBook groupOrNew(String drgCode) {
        return groups.computeIfAbsent(drgCode, GroupBook::new);
    }

    /** Every group with samples or stays, by drgCode. */
    Collection<GroupBook> groups() {
        return groups.values();
    }

    /** The dates from..to on which some group has stays, ascending. */
    NavigableSet<LocalDate> datesWithStays(LocalDate from, LocalDate to) {
        return dates.navigableKeySet().subSet(from, true, to, true);
    }

    void dayAdded(LocalDate date) {
        dates.merge(date, 1, Integer::sum);
    }

    void dayRemoved(LocalDate date) {
        dates.computeIfPresent(date, (d, n) -> n == 1 ? null : n - 1);
    }
}
