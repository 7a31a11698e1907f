package cn.ybjg.supervision.replay;

import cn.ybjg.supervision.SupervisionConfig;
import cn.ybjg.supervision.audit.AuditEntry;
import cn.ybjg.supervision.audit.AuditTrail;
import cn.ybjg.supervision.catalog.ActiveRule;
import cn.ybjg.supervision.catalog.RuleCatalog;
import cn.ybjg.supervision.engine.Evaluator;
import cn.ybjg.supervision.flags.FlagDiff;
import cn.ybjg.supervision.flags.FlagWriter;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs replays one at a time on its own thread. Persons with settlements in the window are paged by keyset
 * ({@link WindowPersons}), each batch re-checked in its own transaction with the rule versions in force when the
 * job started. The diff is computed by the same code for a dry run and an applied run; only the applied run
 * writes it. The part of the re-check that counts is the window: findings and flags whose periodDate is in it.
 */
@ApplicationScoped
public class ReplayRunner {

    @Inject
    Evaluator evaluator;
    @Inject
    FlagWriter writer;
    @Inject
    RuleCatalog catalog;
    @Inject
    WindowPersons persons;
    @Inject
    StoreReplay storeReplay;
    @Inject
    AuditTrail audit;
    @Inject
    SupervisionConfig config;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    private ExecutorService executor;

    @PostConstruct
    void init() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "replay");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Queues the job (call after the transaction that created it has committed). */
    public void submit(UUID id) {
        executor.submit(() -> run(id));
    }

    void run(UUID id) {
        try {
            Replay job = QuarkusTransaction.requiringNew().call(() -> {
                Replay r = Replay.findById(id);
                r.status = Replay.Status.RUNNING;
                r.startedAt = OffsetDateTime.now(clock);
                if (!config.streamsEngine()) r.total = persons.settlements(r.from, r.to);
                return r;
            });
            Map<String, ActiveRule> rules = QuarkusTransaction.requiringNew().call(() -> select(catalog.proposed(job.parameters), job.ruleCodes));
            List<String> skipped = rules.values().stream().filter(r -> !r.enabled()).map(ActiveRule::code).toList();
            ReplayResult result = new ReplayResult(config.replay().maxListed());
            if (config.streamsEngine()) {
                storeReplay.run(job, rules, result);
            } else {
                database(job, rules, result);
            }
            Map<String, Object> out = mapper.convertValue(result.toMap(skipped), new TypeReference<LinkedHashMap<String, Object>>() { });
            QuarkusTransaction.requiringNew().run(() -> {
                Replay r = Replay.findById(id);
                r.status = Replay.Status.SUCCEEDED;
                r.result = out;
                r.finishedAt = OffsetDateTime.now(clock);
                audit.record(r.actor, AuditEntry.Action.REPLAY_FINISHED, "replay:" + id, summary(r, out));
            });
            Log.infof("replay %s done: %d settlements, %s added, %s removed", id, job.total, out.get("addedCount"),
                    out.get("removedCount"));
        } catch (Exception e) {
            Log.errorf(e, "replay %s failed", id);
            QuarkusTransaction.requiringNew().run(() -> {
                Replay r = Replay.findById(id);
                r.status = Replay.Status.FAILED;
                r.error = String.valueOf(e.getMessage());
                r.finishedAt = OffsetDateTime.now(clock);
                audit.record(r.actor, AuditEntry.Action.REPLAY_FINISHED, "replay:" + id, summary(r, Map.of()));
            });
        }
    }

    /** The consumer loop's replay: persons paged from the state tables, each batch planned by the Evaluator. */
    private void database(Replay job, Map<String, ActiveRule> rules, ReplayResult result) {
        String after = "";
        while (true) {
            String from = after;
            List<WindowPersons.Person> batch = QuarkusTransaction.requiringNew()
                    .call(() -> persons.page(job.from, job.to, from, config.replay().batchPersons()));
            if (batch.isEmpty()) break;
            QuarkusTransaction.requiringNew().run(() -> batch(job, rules, batch, result));
            after = batch.get(batch.size() - 1).hash();
        }
    }

    private void batch(Replay job, Map<String, ActiveRule> rules, List<WindowPersons.Person> batch, ReplayResult result) {
        Evaluator.Plan plan = evaluator.plan(batch.stream().map(WindowPersons.Person::hash).toList(), List.of(), rules)
                .within(job.from, job.to);
        List<FlagDiff.Change> diff = plan.diff();
        if (!job.dryRun) writer.apply(diff, plan.versions());
        result.add(diff);
        long n = batch.stream().mapToLong(WindowPersons.Person::settlements).sum();
        Replay.update("done = done + ?1 where id = ?2", n, job.id);
    }

    static Map<String, ActiveRule> select(Map<String, ActiveRule> current, List<String> codes) {
        if (codes.isEmpty()) return current;
        Map<String, ActiveRule> out = new LinkedHashMap<>();
        current.forEach((code, rule) -> {
            if (codes.contains(code)) out.put(code, rule);
        });
        return out;
    }

    private static Map<String, Object> summary(Replay r, Map<String, Object> out) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("status", r.status.name());
        d.put("dryRun", r.dryRun);
        d.put("done", r.done);
        d.put("total", r.total);
        d.put("addedCount", out.get("addedCount"));
        d.put("removedCount", out.get("removedCount"));
        d.put("changedCount", out.get("changedCount"));
        if (r.error != null) d.put("error", r.error);
        return d;
    }
}
