package cn.ybjg.supervision.streams;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the loader's writes to the global rule-version store. Reading the store costs a RocksDB read and a JSON
 * parse per rule, once per event; with this count a reader re-reads it only after a write, and still sees every
 * change before its next event (the loader counts after the store write).
 */
public final class RuleVersionChanges {
    private final AtomicLong count = new AtomicLong();

    void changed() {
        count.incrementAndGet();
    }

    long count() {
        return count.get();
    }
}
