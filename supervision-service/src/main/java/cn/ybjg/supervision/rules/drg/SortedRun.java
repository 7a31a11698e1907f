package cn.ybjg.supervision.rules.drg;

import java.util.Arrays;

/**
 * The amounts (fen) of one day or one block of days, kept sorted with running sums, so that "how many are below v
 * and what do they sum to" costs one binary search. An update shifts the array: O(size of this run), which bounds
 * the update cost by the largest run (one block), never by the whole group.
 */
final class SortedRun {
    private long[] values = new long[4];
    /** prefix[i] = values[0] + … + values[i-1]; prefix[0] = 0. */
    private long[] prefix = new long[5];
    private int size;

    int size() {
        return size;
    }

    long min() {
        return values[0];
    }

    long max() {
        return values[size - 1];
    }

    long total() {
        return prefix[size];
    }

    /** Sum of the i smallest amounts. */
    long sumOfFirst(int i) {
        return prefix[i];
    }

    /** How many amounts are strictly below v (the insertion point before any equal ones). */
    int countBelow(long v) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** How many amounts are ≤ v. */
    int countAtMost(long v) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    void insert(long v) {
        ensureCapacity(size + 1);
        int i = countAtMost(v);
        System.arraycopy(values, i, values, i + 1, size - i);
        values[i] = v;
        size++;
        resum(i);
    }

    /** Removes one occurrence of v; false when there is none. */
    boolean remove(long v) {
        int i = countBelow(v);
        if (i == size || values[i] != v) return false;
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        resum(i);
        return true;
    }

    /** Merges the first len amounts of an ascending array in: one pass, for bulk loads. */
    void mergeSorted(long[] added, int len) {
        long[] merged = new long[Math.max(4, size + len)];
        int a = 0, b = 0, o = 0;
        while (a < size || b < len) {
            merged[o++] = b == len || (a < size && values[a] <= added[b]) ? values[a++] : added[b++];
        }
        values = merged;
        prefix = new long[merged.length + 1];
        size = o;
        resum(0);
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    private void ensureCapacity(int needed) {
        if (needed <= values.length) return;
        int cap = Math.max(needed, values.length * 2);
        values = Arrays.copyOf(values, cap);
        prefix = Arrays.copyOf(prefix, cap + 1);
    }

    /** Running sums from position i on; addExact so an absurd total fails loudly instead of wrapping. */
    private void resum(int from) {
        for (int j = from; j < size; j++) prefix[j + 1] = Math.addExact(prefix[j], values[j]);
    }
}
