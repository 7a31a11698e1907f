package cn.ybjg.supervision.streams.drg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The counted stays of one group on one date, ascending by cost (fen), and the stays whose flag is OPEN there.
 * Sorted, so the flagged stays of a judgement are two binary searches away (the cheapest and the dearest ends)
 * instead of a scan; the OPEN set is what a judgement withdraws from, reversed stays included.
 */
final class DayStays {
    private long[] fen = new long[2];
    private String[] ids = new String[2];
    private int size;
    private Set<String> open;
    /** A stay came, went or changed since the last judgement (a new index has never been judged). */
    private boolean changed = true;
    /** The judgement last applied here; null until the first one after the task started. */
    private Judgement judged;

    void add(String id, long cost) {
        if (size == fen.length) {
            fen = Arrays.copyOf(fen, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        int i = firstAbove(cost);
        System.arraycopy(fen, i, fen, i + 1, size - i);
        System.arraycopy(ids, i, ids, i + 1, size - i);
        fen[i] = cost;
        ids[i] = id;
        size++;
        changed = true;
    }

    void remove(String id, long cost) {
        for (int i = firstAtLeast(cost); i < size && fen[i] == cost; i++) {
            if (!ids[i].equals(id)) continue;
            System.arraycopy(fen, i + 1, fen, i, size - i - 1);
            System.arraycopy(ids, i + 1, ids, i, size - i - 1);
            ids[--size] = null;
            changed = true;
            return;
        }
        throw new IllegalStateException("stay index out of step with the stay store");
    }

    /** The stays costing ≤ low or ≥ high (each once), cheapest first: the only ones a judgement can flag. */
    List<String> outside(long low, long high) {
        int lowEnd = firstAbove(low);
        int highStart = Math.max(lowEnd, firstAtLeast(high));
        List<String> out = new ArrayList<>(lowEnd + size - highStart);
        for (int i = 0; i < lowEnd; i++) out.add(ids[i]);
        for (int i = highStart; i < size; i++) out.add(ids[i]);
        return out;
    }

    Set<String> open() {
        return open == null ? Set.of() : open;
    }

    void opened(String id) {
        if (open == null) open = new HashSet<>(2);
        open.add(id);
    }

    void closed(String id) {
        if (open != null && open.remove(id) && open.isEmpty()) open = null;
    }

    /** A stay of this date changed in a way the sorted costs do not show (another field, a reversal). */
    void touch() {
        changed = true;
    }

    /** Whether the judgement would repeat the last one: same inputs, same stays. */
    boolean alreadyJudged(Judgement j) {
        return !changed && j.equals(judged);
    }

    void judged(Judgement j) {
        judged = j;
        changed = false;
    }

    boolean isEmpty() {
        return size == 0 && open == null;
    }

    private int firstAbove(long v) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (fen[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private int firstAtLeast(long v) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (fen[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
