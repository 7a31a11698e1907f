package cn.ybjg.supervision.catalog;

import cn.ybjg.supervision.flags.FlagOutbox;
import cn.ybjg.supervision.streams.Topics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mirrors the configured DRG benchmarks (table drg_benchmark, maintained by the fund's operators) onto the compacted
 * topic drg-benchmarks.v1, key {@code regionCode|drgCode|year}, where the streams engine reads them: everything at
 * startup, then only what changed (a deleted row becomes a tombstone). A benchmark applies to the stays judged
 * after it arrives; re-judging history with it is a replay.
 */
@ApplicationScoped
public class DrgBenchmarkPublisher {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    /** What the topic holds as far as this instance knows: key → payload. */
    private Map<String, String> published = new HashMap<>();

    void start(@Observes StartupEvent ev) {
        sync();
    }

    @Scheduled(every = "${supervision.drg.benchmarks-sync-every:60s}", delayed = "${supervision.drg.benchmarks-sync-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void sync() {
        published = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> now = current();
            OffsetDateTime at = OffsetDateTime.now();
            int changes = 0;
            for (var e : now.entrySet()) {
                if (e.getValue().equals(published.get(e.getKey()))) continue;
                FlagOutbox.add(Topics.DRG_BENCHMARKS, e.getKey(), null, e.getValue(), at);
                changes++;
            }
            for (String gone : published.keySet()) {
                if (now.containsKey(gone)) continue;
                FlagOutbox.add(Topics.DRG_BENCHMARKS, gone, null, null, at);
                changes++;
            }
            if (changes > 0) Log.infof("configured DRG benchmarks: %d changes published", changes);
            return now;
        });
    }

    private Map<String, String> current() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select region_code, drg_code, year, benchmark_cost, source "
                + "from drg_benchmark order by 1, 2, 3").getResultList();
        Map<String, String> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("regionCode", r[0]);
            value.put("drgCode", r[1]);
            value.put("year", ((Number) r[2]).intValue());
            value.put("benchmarkCost", (BigDecimal) r[3]);
            value.put("source", r[4]);
            out.put(r[0] + "|" + r[1] + "|" + r[2], json(value));
        }
        return out;
    }

    private String json(Map<String, Object> value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("DRG benchmark not serialisable: " + e.getMessage(), e);
        }
    }
}
