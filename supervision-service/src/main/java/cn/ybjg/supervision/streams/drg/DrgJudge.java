package cn.ybjg.supervision.streams.drg;

import cn.ybjg.supervision.catalog.ActiveRule;
import cn.ybjg.supervision.flags.FlagEvent;
import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.SettlementFact;
import cn.ybjg.supervision.streams.PersonFlag;
import cn.ybjg.supervision.streams.RuleVersionChanges;
import cn.ybjg.supervision.streams.RulesInForce;
import cn.ybjg.supervision.streams.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * DRG_COST_OUTLIER for the regions of one task. A stay (keyed by its region) only updates the stores, the in-memory
 * index and the dirty dates; a wall-clock punctuation judges the dirty dates of each region and publishes the flag
 * changes, so a burst of samples in one group costs one judgement per date instead of one per sample.
 */
final class DrgJudge implements Processor<String, SettlementFact, String, FlagEvent> {
    /**
     * How long one punctuation may judge before leaving the rest for the next one. Its flags commit in the task's
     * next transaction, which must finish within transaction.timeout.ms (10 s under exactly_once_v2): a region
     * re-judged whole (a backfill of old dates) must not hold the transaction open until the producer is fenced.
     */
    static final Duration BUDGET = Duration.ofSeconds(2);
    private final Clock clock;
    private final RuleVersionChanges ruleChanges;
    private final Duration interval;
    private final Duration budget;
    private ProcessorContext<String, FlagEvent> context;
    private KeyValueStore<String, SettlementFact> stays;
    private KeyValueStore<String, DrgBenchmarkRecord> configured;
    private RulesInForce rules;
    private StayBook book;
    private DirtyBook dirty;
    private DrgFlags flags;

    DrgJudge(Clock clock, RuleVersionChanges ruleChanges, Duration interval) {
        this(clock, ruleChanges, interval, BUDGET);
    }

    DrgJudge(Clock clock, RuleVersionChanges ruleChanges, Duration interval, Duration budget) {
        this.clock = clock;
        this.ruleChanges = ruleChanges;
        this.interval = interval;
        this.budget = budget;
    }

    @Override
    public void init(ProcessorContext<String, FlagEvent> context) {
        this.context = context;
        stays = context.getStateStore(DrgStores.STAYS);
        configured = context.getStateStore(DrgStores.BENCHMARKS);
        rules = new RulesInForce(context.getStateStore(Topics.RULE_VERSION_STORE), ruleChanges);
        KeyValueStore<String, PersonFlag> flagStore = context.getStateStore(DrgStores.FLAGS);
        // init runs again when a task is revived after a failure: everything in memory is rebuilt from the stores
        book = rebuild(flagStore);
        dirty = new DirtyBook(context.getStateStore(DrgStores.DIRTY));
        flags = new DrgFlags(flagStore, this::publish);
        context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, this::judge);
    }

    @Override
    public void process(Record<String, SettlementFact> record) {
        SettlementFact incoming = record.value();
        SettlementFact stored = stays.get(incoming.subjectKey());
        SettlementFact merged = DrgStays.merge(stored, incoming);
        if (merged.equals(stored)) return; // re-delivery, or a SETTLED after its REVERSED
        stays.put(merged.subjectKey(), merged);
        book.replace(stored, merged, dirty);
    }

    /**
     * Judges the dirty dates, region by region, within the budget (what is left stays dirty for the next
     * punctuation); with the rule disabled or unpublished nothing is judged and the dates stay dirty.
     */
    private void judge(long timestamp) {
        if (dirty.isEmpty()) return;
        Optional<ActiveRule> rule = rules.rule(DrgCostOutlierRule.CODE);
        if (rule.isEmpty() || !rule.get().enabled()) return;
        var params = (DrgCostOutlierRule.Params) rule.get().params();
        var benchmarks = new ConfiguredBenchmarks(configured);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long deadline = System.nanoTime() + budget.toNanos();
        for (String region : List.copyOf(dirty.regions().keySet())) {
            RegionBook book = this.book.region(region);
            DirtyDates left = book == null ? null : new RegionJudgement(book, params, rule.get().version(), benchmarks,
                    stays::get, flags, now).judge(dirty.regions().get(region), deadline);
            if (left == null) dirty.clear(region);
            else dirty.narrow(region, left);
            // the next regions wait for the next punctuation (each judgement makes progress: at least one date)
            if (System.nanoTime() - deadline > 0) return;
        }
    }

    private void publish(FlagEvent event) {
        context.forward(new Record<>(event.idNumberHash(), event, context.currentSystemTimeMs()));
    }

    private StayBook rebuild(KeyValueStore<String, PersonFlag> flagStore) {
        StayBook rebuilt;
        try (var all = stays.all()) {
            rebuilt = StayBook.of(all);
        }
        try (var all = flagStore.all()) {
            all.forEachRemaining(kv -> {
                SettlementFact stay = stays.get(kv.key);
                if (stay != null && PersonFlag.OPEN.equals(kv.value.published().status())) rebuilt.opened(stay);
            });
        }
        return rebuilt;
    }
}
