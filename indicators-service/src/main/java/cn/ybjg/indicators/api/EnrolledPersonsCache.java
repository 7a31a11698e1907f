package cn.ybjg.indicators.api;

import cn.ybjg.indicators.seeds.IndicatorsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reuses counts of enrolled persons (ENROLLMENT_RATE's numerator), the one input that needs a scan of the enrollment
 * spans rather than a read of aggregates. An entry is valid while no enrollment batch has been committed by this
 * instance since it was computed and it is younger than the configured bound.
 */
@ApplicationScoped
public class EnrolledPersonsCache {
    static final int MAX_ENTRIES = 10_000;

    /** Computes the counts when no valid entry exists. */
    interface Loader {
        Map<LocalDate, Long> load() throws SQLException;
    }

    private record Key(String region, String insuranceType, List<LocalDate> days) {
    }

    private record Entry(long version, long computedAt, Map<LocalDate, Long> counts) {
    }

    @Inject
    IndicatorsConfig config;

    private final AtomicLong version = new AtomicLong();
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    Map<LocalDate, Long> get(String region, String insuranceType, List<LocalDate> days, Loader loader) throws SQLException {
        Key key = new Key(region, insuranceType, List.copyOf(days));
        long current = version.get();
        Entry e = entries.get(key);
        if (e != null && e.version() == current
                && System.nanoTime() - e.computedAt() < config.enrolledPersonsCacheTtl().toNanos()) {
            return e.counts();
        }
        // Computed from data at least as new as version `current`; a commit after this read bumps the version.
        long computedAt = System.nanoTime();
        Map<LocalDate, Long> counts = Map.copyOf(loader.load());
        if (entries.size() >= MAX_ENTRIES) entries.clear();
        entries.put(key, new Entry(current, computedAt, counts));
        return counts;
    }

    /** Called after enrollment changes are committed. */
    public void invalidate() {
        version.incrementAndGet();
    }
}
