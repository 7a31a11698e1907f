package cn.ybjg.supervision.streams;

import java.io.IOException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

/**
 * Keeps the global rule-version store: the highest version of each rule wins (a re-published older version is
 * ignored), a tombstone removes the rule, and an unreadable record is skipped with a warning instead of stopping
 * every instance's global thread.
 */
final class RuleVersionLoader implements Processor<String, byte[], Void, Void> {
    // A plain JBoss logger: this class also runs in TopologyTestDriver tests, outside a Quarkus application.
    private static final Logger LOG = Logger.getLogger(RuleVersionLoader.class);
    private final RuleVersionChanges changes;
    private KeyValueStore<String, RuleVersionRecord> store;

    RuleVersionLoader(RuleVersionChanges changes) {
        this.changes = changes;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(Topics.RULE_VERSION_STORE);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.key() == null) return;
        if (record.value() == null) {
            store.delete(record.key());
            changes.changed();
            return;
        }
        RuleVersionRecord incoming;
        try {
            incoming = StreamsJson.MAPPER.readValue(record.value(), RuleVersionRecord.class);
            incoming.toActiveRule();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("rule-versions.v1: record for %s skipped: %s", record.key(), e.getMessage());
            return;
        }
        RuleVersionRecord stored = store.get(record.key());
        if (stored == null || incoming.version() >= stored.version()) {
            store.put(record.key(), incoming);
            changes.changed();
        }
    }
}
