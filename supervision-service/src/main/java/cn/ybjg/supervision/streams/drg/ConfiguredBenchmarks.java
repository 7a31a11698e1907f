package cn.ybjg.supervision.streams.drg;

import cn.ybjg.supervision.rules.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The configured benchmarks as one punctuation sees them: read once per region from the global store (a prefix scan
 * of {@code regionCode|}), to the fen as DrgBenchmarks uses them.
 */
final class ConfiguredBenchmarks {
    private static final StringSerializer KEYS = new StringSerializer();
    private final ReadOnlyKeyValueStore<String, DrgBenchmarkRecord> store;
    /** regionCode → year → drgCode → benchmark. */
    private final Map<String, Map<Integer, Map<String, BigDecimal>>> regions = new HashMap<>();

    ConfiguredBenchmarks(ReadOnlyKeyValueStore<String, DrgBenchmarkRecord> store) {
        this.store = store;
    }

    /** drgCode → configured benchmark of the region for that year. */
    Map<String, BigDecimal> of(String regionCode, int year) {
        return regions.computeIfAbsent(regionCode, this::load).getOrDefault(year, Map.of());
    }

    private Map<Integer, Map<String, BigDecimal>> load(String regionCode) {
        Map<Integer, Map<String, BigDecimal>> years = new HashMap<>();
        try (var rows = store.prefixScan(regionCode + "|", KEYS)) {
            rows.forEachRemaining(kv -> years.computeIfAbsent(kv.value.year(), y -> new HashMap<>())
                    .put(kv.value.drgCode(), Money.of(kv.value.benchmarkCost())));
        }
        return years;
    }
}
