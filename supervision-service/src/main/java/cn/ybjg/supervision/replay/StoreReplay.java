package cn.ybjg.supervision.replay;

import cn.ybjg.supervision.SupervisionConfig;
import cn.ybjg.supervision.catalog.ActiveRule;
import cn.ybjg.supervision.engine.Evaluator;
import cn.ybjg.supervision.flags.Flag;
import cn.ybjg.supervision.flags.FlagDiff;
import cn.ybjg.supervision.flags.FlagWriter;
import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.DrgData;
import cn.ybjg.supervision.rules.DrgSamples;
import cn.ybjg.supervision.rules.Finding;
import cn.ybjg.supervision.rules.PersonHistory;
import cn.ybjg.supervision.rules.RuleContext;
import cn.ybjg.supervision.rules.SettlementFact;
import cn.ybjg.supervision.state.DrgDataLoader;
import cn.ybjg.supervision.streams.EngineStores;
import cn.ybjg.supervision.streams.PersonState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A replay under the streams engine: the persons come from the engine's person store (what the engine audits),
 * the stored flags from PostgreSQL, and the diff is computed exactly as for the consumer loop. DRG benchmarks are
 * computed from every counted stay in the store plus the configured ones, once for the whole replay.
 *
 * <p>An applied replay writes its diff to the flag store and flags.v1 like the loop does; the engine's own view of
 * a person's flags catches up with the next event of that person (the same rules give the same findings).
 */
@ApplicationScoped
public class StoreReplay {

    @Inject
    EngineStores stores;
    @Inject
    DrgDataLoader drgLoader;
    @Inject
    FlagWriter writer;
    @Inject
    SupervisionConfig config;
    @Inject
    Clock clock;

    /** What the first pass over the store finds: the DRG samples and the settlements the replay covers. */
    private record Census(DrgSamples samples, long total) {
    }

    void run(Replay job, Map<String, ActiveRule> rules, ReplayResult result) {
        List<ActiveRule> enabled = rules.values().stream().filter(ActiveRule::enabled).toList();
        boolean drg = enabled.stream().anyMatch(r -> r.code().equals(DrgCostOutlierRule.CODE));
        // Read-only, so it starts over if a rebalance (e.g. just after startup) closes the store under it.
        Census census = stores.readPass(store -> {
            DrgSamples found = new DrgSamples();
            long within = 0;
            try (var all = store.all()) {
                while (all.hasNext()) {
                    PersonState p = all.next().value;
                    for (SettlementFact s : p.settlements()) {
                        if (drg) found.addIfCounted(s);
                        if (within(s.periodDate(), job)) within++;
                    }
                }
            }
            return new Census(found, within);
        });
        DrgSamples samples = census.samples();
        if (drg) drgLoader.addConfigured(samples);
        QuarkusTransaction.requiringNew().run(() -> Replay.update("total = ?1 where id = ?2", census.total(), job.id));
        var persons = stores.persons();

        RuleContext ctx = new RuleContext(LocalDate.now(clock), drg ? samples : DrgData.NONE);
        Map<String, Integer> versions = rules.values().stream().collect(Collectors.toMap(ActiveRule::code, ActiveRule::version));
        List<PersonHistory> batch = new ArrayList<>();
        try (var all = persons.all()) {
            while (all.hasNext()) {
                var kv = all.next();
                if (kv.value.settlements().stream().noneMatch(s -> within(s.periodDate(), job))) continue;
                batch.add(kv.value.history(kv.key));
                if (batch.size() == config.replay().batchPersons()) {
                    batch(job, enabled, versions, ctx, batch, result);
                    batch = new ArrayList<>();
                }
            }
        }
        if (!batch.isEmpty()) batch(job, enabled, versions, ctx, batch, result);
    }

    private void batch(Replay job, List<ActiveRule> enabled, Map<String, Integer> versions, RuleContext ctx,
            List<PersonHistory> histories, ReplayResult result) {
        List<Finding> findings = new ArrayList<>();
        for (PersonHistory h : histories) {
            for (ActiveRule rule : enabled) findings.addAll(rule.evaluate(h, ctx));
        }
        List<String> personRules = enabled.stream().map(ActiveRule::code).filter(c -> !c.equals(DrgCostOutlierRule.CODE)).toList();
        List<String> hashes = histories.stream().map(PersonHistory::idNumberHash).toList();
        List<String> subjects = histories.stream().flatMap(h -> h.settlements().stream()).map(SettlementFact::subjectKey).toList();
        boolean drg = enabled.stream().anyMatch(r -> r.code().equals(DrgCostOutlierRule.CODE));
        long settlements = histories.stream().flatMap(h -> h.settlements().stream()).filter(s -> within(s.periodDate(), job)).count();
        QuarkusTransaction.requiringNew().run(() -> {
            List<Flag> scope = new ArrayList<>(Flag.ofPersons(personRules, hashes));
            for (int i = 0; drg && i < subjects.size(); i += 5000) {
                scope.addAll(Flag.ofSubjects(DrgCostOutlierRule.CODE, subjects.subList(i, Math.min(subjects.size(), i + 5000))));
            }
            Evaluator.Plan plan = new Evaluator.Plan(findings, scope, versions).within(job.from, job.to);
            List<FlagDiff.Change> diff = plan.diff();
            if (!job.dryRun) writer.apply(diff, versions);
            result.add(diff);
            Replay.update("done = done + ?1 where id = ?2", settlements, job.id);
        });
    }

    private static boolean within(LocalDate d, Replay job) {
        return !d.isBefore(job.from) && !d.isAfter(job.to);
    }
}
