package cn.ybjg.supervision.streams.drg;

import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

/**
 * Keeps the global store of configured DRG benchmarks: the latest record per key wins, a tombstone deletes, and an
 * unreadable or invalid record is skipped with a warning instead of stopping every instance's global thread.
 */
final class DrgBenchmarkLoader implements Processor<String, byte[], Void, Void> {
    // A plain JBoss logger: this class also runs in TopologyTestDriver tests, outside a Quarkus application.
    private static final Logger LOG = Logger.getLogger(DrgBenchmarkLoader.class);
    private KeyValueStore<String, DrgBenchmarkRecord> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(DrgStores.BENCHMARKS);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.key() == null) return;
        if (record.value() == null) {
            store.delete(record.key());
            return;
        }
        DrgBenchmarkRecord incoming;
        try {
            incoming = DrgStores.BENCHMARK_SERDE.deserializer().deserialize(null, record.value());
        } catch (SerializationException e) {
            LOG.warnf("drg-benchmarks.v1: record for %s skipped: %s", record.key(), e.getMessage());
            return;
        }
        List<String> problems = incoming.problems(record.key());
        if (!problems.isEmpty()) {
            LOG.warnf("drg-benchmarks.v1: record for %s skipped: %s", record.key(), String.join("; ", problems));
            return;
        }
        store.put(record.key(), incoming);
    }
}
