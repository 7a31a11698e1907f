package cn.ybjg.supervision.streams.drg;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The drg-dirty store with an in-memory copy: what each (region, group) needs re-judged. The store is written only
 * when a range actually widens, and it commits with the stay that widened it, so a crash between a sample's commit
 * and the next judgement still re-judges after the restart.
 */
final class DirtyBook implements StayBook.DirtyMarker {
    private final KeyValueStore<String, DirtyDates> store;
    /** regionCode → drgCode → dirty dates. */
    private final Map<String, TreeMap<String, DirtyDates>> regions = new TreeMap<>();

    DirtyBook(KeyValueStore<String, DirtyDates> store) {
        this.store = store;
        try (var all = store.all()) {
            all.forEachRemaining(kv -> {
                int bar = kv.key.indexOf('|');
                regions.computeIfAbsent(kv.key.substring(0, bar), r -> new TreeMap<>()).put(kv.key.substring(bar + 1), kv.value);
            });
        }
    }

    @Override
    public void sample(String regionCode, String drgCode, LocalDate date) {
        update(regionCode, drgCode, d -> d.withSample(date));
    }

    @Override
    public void stay(String regionCode, String drgCode, LocalDate date) {
        update(regionCode, drgCode, d -> d.withStay(date));
    }

    boolean isEmpty() {
        return regions.isEmpty();
    }

    /** regionCode → drgCode → dirty dates, regions in order. */
    Map<String, TreeMap<String, DirtyDates>> regions() {
        return regions;
    }

    /** The region was judged: forget its dates, here and in the store. */
    void clear(String regionCode) {
        TreeMap<String, DirtyDates> groups = regions.remove(regionCode);
        if (groups != null) groups.keySet().forEach(drg -> store.delete(key(regionCode, drg)));
    }

    /**
     * Part of the region was judged: only {@code left} remains. A region's dirty dates are judged as one union (and
     * the benchmarks of the judged samples were already forgotten), so the rest is kept under one of its groups.
     */
    void narrow(String regionCode, DirtyDates left) {
        String keep = regions.get(regionCode).firstKey();
        clear(regionCode);
        regions.computeIfAbsent(regionCode, r -> new TreeMap<>()).put(keep, left);
        store.put(key(regionCode, keep), left);
    }

    private void update(String regionCode, String drgCode, UnaryOperator<DirtyDates> change) {
        TreeMap<String, DirtyDates> groups = regions.computeIfAbsent(regionCode, r -> new TreeMap<>());
        DirtyDates before = groups.getOrDefault(drgCode, DirtyDates.NONE);
        DirtyDates after = change.apply(before);
        if (after.equals(before)) return;
        groups.put(drgCode, after);
        store.put(key(regionCode, drgCode), after);
    }

    private static String key(String regionCode, String drgCode) {
        return regionCode + "|" + drgCode;
    }
}
