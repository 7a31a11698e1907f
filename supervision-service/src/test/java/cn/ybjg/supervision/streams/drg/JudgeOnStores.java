package cn.ybjg.supervision.streams.drg;

import cn.ybjg.supervision.flags.FlagEvent;
import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.SettlementFact;
import cn.ybjg.supervision.streams.RuleVersionChanges;
import cn.ybjg.supervision.streams.RuleVersionRecord;
import cn.ybjg.supervision.streams.Topics;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * A DrgJudge on its real RocksDB stores in a MockProcessorContext (no TopologyTestDriver: no commit, hence no RocksDB
 * flush, per record), with DRG_COST_OUTLIER published. {@link #start()} makes a new judge over the same stores, which
 * is what a task restarted after a crash sees: the stores as committed, nothing in memory.
 */
final class JudgeOnStores implements AutoCloseable {
    static final String REGION = "431000";
    final MockProcessorContext<String, FlagEvent> context;
    private final Path dir = tempDir();
    private final List<StateStore> stores = new java.util.ArrayList<>();
    final KeyValueStore<String, DirtyDates> dirty;
    private DrgJudge judge;

    JudgeOnStores(DrgCostOutlierRule.Params params) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "drg-judge-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        context = new MockProcessorContext<>(props, new TaskId(0, 0), dir.toFile());
        add(DrgStores.stays());
        add(DrgStores.flags());
        dirty = add(DrgStores.dirty());
        add(DrgStores.benchmarks());
        KeyValueStore<String, RuleVersionRecord> rules = add(Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(Topics.RULE_VERSION_STORE), Serdes.String(), RuleVersionRecord.SERDE));
        @SuppressWarnings("unchecked")
        Map<String, Object> p = new ObjectMapper().convertValue(params, Map.class);
        rules.put(DrgCostOutlierRule.CODE, new RuleVersionRecord(DrgCostOutlierRule.CODE, 1, true, p));
        context.setCurrentSystemTimeMs(0);
    }

    /** A new judge over the stores as they are (the old one, if any, is simply dropped, as in a crash). */
    JudgeOnStores start() {
        return start(DrgJudge.BUDGET);
    }

    /** The same, with another time budget per punctuation. */
    JudgeOnStores start(Duration budget) {
        context.scheduledPunctuators().forEach(MockProcessorContext.CapturedPunctuator::cancel);
        judge = new DrgJudge(Clock.systemUTC(), new RuleVersionChanges(), Duration.ofMillis(500), budget);
        judge.init(context);
        return this;
    }

    void process(SettlementFact... stays) {
        for (SettlementFact s : stays) judge.process(new Record<>(s.regionCode(), s, 0L));
    }

    /** Runs the live judge's punctuation; returns what it published. */
    List<FlagEvent> punctuate() {
        context.resetForwards();
        var live = context.scheduledPunctuators().stream().filter(p -> !p.cancelled()).toList();
        if (live.size() != 1) throw new IllegalStateException("one punctuator expected, found " + live.size());
        live.get(0).getPunctuator().punctuate(System.currentTimeMillis());
        List<FlagEvent> out = context.forwarded().stream().map(f -> (FlagEvent) f.record().value()).toList();
        context.resetForwards();
        return out;
    }

    static SettlementFact stay(String id, String drg, String date, String cost) {
        return stay(REGION, id, drg, date, cost);
    }

    static SettlementFact stay(String region, String id, String drg, String date, String cost) {
        LocalDate d = LocalDate.parse(date);
        BigDecimal total = new BigDecimal(cost);
        return new SettlementFact("H43100200123", id, "hash-" + id, "431002********1234", "P-" + id, region, "1", "310",
                "21", d.minusDays(3), d, d, "I21.000", drg, total, total.multiply(new BigDecimal("0.8"))
                        .setScale(2, RoundingMode.HALF_UP), false);
    }

    static SettlementFact reversed(SettlementFact s) {
        return new SettlementFact(s.institutionCode(), s.settlementId(), s.idNumberHash(), s.idNumberMasked(),
                s.personId(), s.regionCode(), s.gender(), s.insuranceType(), s.medicalType(), s.admissionDate(),
                s.dischargeDate(), s.periodDate(), s.primaryDiagnosis(), s.drgCode(), s.totalCost(), s.fundPayments(), true);
    }

    /** How many (region, group) entries the dirty store holds. */
    int dirtyEntries() {
        int n = 0;
        try (var all = dirty.all()) {
            for (; all.hasNext(); all.next()) n++;
        }
        return n;
    }

    private <S extends StateStore> S add(StoreBuilder<S> builder) {
        S store = builder.withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        stores.add(store);
        return store;
    }

    @Override
    public void close() {
        stores.forEach(StateStore::close);
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path shm = Path.of("/dev/shm");
            return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "drg-judge")
                    : Files.createTempDirectory("drg-judge");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
