package cn.ybjg.supervision.rules.drg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The samples of one DRG group, indexed so that the trimmed mean over any date window is exact and its cost does
 * not grow with the number of samples: every amount sits in the sorted run of its day and in the sorted run of its
 * block of {@value #BLOCK_DAYS} days (blocks aligned on the epoch day, so no calendar arithmetic). A window is
 * covered by its whole blocks plus at most {@value #BLOCK_DAYS} − 1 loose days at each end, e.g. 365 days = at most
 * 22 block runs + 30 day runs. Samples are keyed by id: adding the same sample again changes nothing, adding an id
 * with another date or amount replaces it (a corrected settlement), removing an id takes out exactly that sample.
 */
public final class GroupWindow {
    /** 16 balances the two costs: runs per 365-day query (≈ 365/16 + 2 × 15) against the run an update shifts. */
    static final int BLOCK_DAYS = 16;
    /** 10^13 yuan, far above numeric(14,2); keeps sums of a realistic group and value searches inside a long. */
    public static final long MAX_FEN = 1_000_000_000_000_000L;

    private record Entry(long day, long fen) {
    }

    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<Long, SortedRun> days = new HashMap<>();
    private final Map<Long, SortedRun> blocks = new HashMap<>();

    public int size() {
        return byId.size();
    }

    /** @return whether anything changed (false for a re-delivery of the same sample) */
    public boolean add(Sample s) {
        Entry e = new Entry(s.date().toEpochDay(), s.fen());
        Entry old = byId.put(s.id(), e);
        if (e.equals(old)) return false;
        if (old != null) unindex(old);
        days.computeIfAbsent(e.day, d -> new SortedRun()).insert(e.fen);
        blocks.computeIfAbsent(blockOf(e.day), b -> new SortedRun()).insert(e.fen);
        return true;
    }

    public boolean add(String id, LocalDate date, long fen) {
        return add(new Sample(id, date, fen));
    }

    /** @return whether the id was there */
    public boolean remove(String id) {
        Entry old = byId.remove(id);
        if (old == null) return false;
        unindex(old);
        return true;
    }

    /**
     * Same result as add(...) one by one (the last of a repeated id wins), but each touched run is merged once:
     * O(n log n) for loading a snapshot instead of one array shift per sample.
     */
    public void addAll(Collection<Sample> samples) {
        Map<String, Sample> last = new LinkedHashMap<>();
        for (Sample s : samples) last.put(s.id(), s);
        List<Entry> fresh = new ArrayList<>();
        for (Sample s : last.values()) {
            Entry e = new Entry(s.date().toEpochDay(), s.fen());
            Entry old = byId.put(s.id(), e);
            if (e.equals(old)) continue;
            if (old != null) unindex(old);
            fresh.add(e);
        }
        fresh.sort(Comparator.comparingLong(Entry::fen));
        Map<Long, LongList> dayAdds = new HashMap<>();
        Map<Long, LongList> blockAdds = new HashMap<>();
        for (Entry e : fresh) {
            dayAdds.computeIfAbsent(e.day, d -> new LongList()).add(e.fen);
            blockAdds.computeIfAbsent(blockOf(e.day), b -> new LongList()).add(e.fen);
        }
        dayAdds.forEach((d, l) -> days.computeIfAbsent(d, x -> new SortedRun()).mergeSorted(l.values, l.size));
        blockAdds.forEach((b, l) -> blocks.computeIfAbsent(b, x -> new SortedRun()).mergeSorted(l.values, l.size));
    }

    /** Every sample, by date then id: what the codec writes. */
    public List<Sample> samples() {
        List<Map.Entry<String, Entry>> all = new ArrayList<>(byId.entrySet());
        all.sort(Comparator.comparingLong((Map.Entry<String, Entry> e) -> e.getValue().day).thenComparing(Map.Entry::getKey));
        List<Sample> out = new ArrayList<>(all.size());
        for (var e : all) out.add(new Sample(e.getKey(), LocalDate.ofEpochDay(e.getValue().day), e.getValue().fen));
        return out;
    }

    /**
     * The trimmed mean of the samples dated in the windowDays days up to date (date − windowDays + 1 … date), when
     * there are at least minSample (and at least one) of them: sort the n amounts, drop floor(trimFraction × n) at
     * each end, mean of the rest HALF_UP to the fen.
     */
    public Optional<WindowBenchmark> benchmark(LocalDate date, int windowDays, BigDecimal trimFraction, int minSample) {
        if (windowDays < 1) throw new IllegalArgumentException("windowDays: must be ≥ 1");
        if (trimFraction.signum() < 0 || trimFraction.compareTo(new BigDecimal("0.5")) >= 0)
            throw new IllegalArgumentException("trimFraction: must be ≥ 0 and < 0.5");
        LocalDate from = date.minusDays(windowDays - 1L);
        RunUnion union = new RunUnion(runsCovering(from.toEpochDay(), date.toEpochDay()));
        int n = union.count();
        if (n == 0 || n < minSample) return Optional.empty();
        int k = trimFraction.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.FLOOR).intValueExact();
        return Optional.of(new WindowBenchmark(union.trimmedMean(k), n, from, date));
    }

    /** Whole aligned blocks inside from..to, and the loose days before the first and after the last of them. */
    private List<SortedRun> runsCovering(long from, long to) {
        List<SortedRun> out = new ArrayList<>();
        long day = from;
        while (day <= to) {
            boolean wholeBlock = Math.floorMod(day, BLOCK_DAYS) == 0 && day + BLOCK_DAYS - 1 <= to;
            SortedRun r = wholeBlock ? blocks.get(blockOf(day)) : days.get(day);
            if (r != null) out.add(r);
            day += wholeBlock ? BLOCK_DAYS : 1;
        }
        return out;
    }

    private void unindex(Entry e) {
        removeFrom(days, e.day, e.fen);
        removeFrom(blocks, blockOf(e.day), e.fen);
    }

    /** Drops a run once empty, so a group that slides through the years does not keep a map entry per day. */
    private static void removeFrom(Map<Long, SortedRun> runs, long key, long fen) {
        SortedRun r = runs.get(key);
        if (r == null || !r.remove(fen)) throw new IllegalStateException("index out of step with samples at " + key);
        if (r.size() == 0) runs.remove(key);
    }

    private static long blockOf(long epochDay) {
        return Math.floorDiv(epochDay, BLOCK_DAYS);
    }

    /** A growable long[] for the bulk load, without boxing. */
    private static final class LongList {
        long[] values = new long[8];
        int size;

        void add(long v) {
            if (size == values.length) values = java.util.Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }
    }
}
