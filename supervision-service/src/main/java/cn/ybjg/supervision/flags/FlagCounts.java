package cn.ybjg.supervision.flags;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact flag totals by (region, rule, severity, status) from the flag_count_delta rows that triggers append on every
 * write (V4 migration): summing a few rows instead of counting millions of flags.
 */
@ApplicationScoped
public class FlagCounts {
    @Inject
    EntityManager em;

    /** Whether the counters can answer this query's total: it filters by nothing but rule, severity, status, region. */
    static boolean answers(FlagQuery q) {
        return blank(q.institutionCode()) && blank(q.personId()) && q.from() == null && q.to() == null;
    }

    /** The exact number of flags matching a query the counters {@link #answers}; its filters are already validated. */
    long total(FlagQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        equal(where, params, "rule_code", q.ruleCode());
        equal(where, params, "severity", q.severity());
        equal(where, params, "region_code", q.regionCode());
        if (blank(q.status())) {
            where.add("status <> 'WITHDRAWN'");
        } else {
            equal(where, params, "status", q.status());
        }
        q.regionScope().ifPresent(regions -> {
            where.add("region_code in (:scope)");
            params.put("scope", regions);
        });
        var query = em.createNativeQuery("select coalesce(sum(delta), 0) from flag_count_delta where "
                + String.join(" and ", where));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static void equal(List<String> where, Map<String, Object> params, String column, String value) {
        if (blank(value)) return;
        where.add(column + " = :" + column);
        params.put(column, value);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Folds the appended rows into one per key, so a total stays a sum over a handful of rows. */
    @Scheduled(every = "${supervision.flag-counts.compact-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void compact() {
        em.createNativeQuery("""
                with folded as (delete from flag_count_delta returning *)
                insert into flag_count_delta
                select region_code, rule_code, severity, status, sum(delta) from folded
                group by 1, 2, 3, 4 having sum(delta) <> 0""").executeUpdate();
    }
}
