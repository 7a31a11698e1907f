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

    /**
     * Folds the appended rows into one per key, so a total stays a sum over a handful of rows. TRUNCATE instead of
     * DELETE: the table gets a new, empty file, so it does not grow with history when autovacuum is off. The
     * exclusive lock keeps writers (whose triggers append) out between the read and the truncate.
     */
    @Scheduled(every = "${supervision.flag-counts.compact-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void compact() {
        em.createNativeQuery("lock table flag_count_delta in access exclusive mode").executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> totals = em.createNativeQuery("""
                select region_code, rule_code, severity, status, sum(delta) from flag_count_delta
                group by 1, 2, 3, 4 having sum(delta) <> 0""").getResultList();
        em.createNativeQuery("truncate flag_count_delta").executeUpdate();
        for (Object[] t : totals) {
            em.createNativeQuery("insert into flag_count_delta values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, t[0]).setParameter(2, t[1]).setParameter(3, t[2]).setParameter(4, t[3])
                    .setParameter(5, ((Number) t[4]).longValue()).executeUpdate();
        }
    }
}
