package cn.ybjg.bench.perf;

import java.math.BigDecimal;
import java.util.List;

/**
 * DRG_COST_OUTLIER as set-based SQL. The benchmark of a (region, group) on a date is the configured cost of that
 * year, or else the 10%-trimmed mean totalCost of the group's SETTLED inpatient settlements in the region (of any
 * person, not only the scope's) dated in the windowDays days up to that date, when there are at least minSample;
 * the high multiple is chosen by the tercile of the benchmark among all groups' benchmarks of the region on that
 * date. Benchmarks are needed for every group on every date a subject of the region has (the tiers need them all).
 *
 * <p>Why not one GROUP BY per window: each of a year's ~365 windows holds most of the year's samples, so joining
 * samples to windows handles every sample ~365 times. Instead each group's samples are ranked by cost and cut into
 * √n / 2 buckets of consecutive ranks (≈ 2√n samples each: the day grid below, buckets × days, costs more per row
 * than reading a cut bucket's samples); a dense table of each bucket's running count and sum by day gives every
 * window's count and sum per bucket by two equi-joins (running value at the window's last day minus at the day
 * before its first). The buckets entirely inside the kept ranks (k+1 … n−k, k = floor(trim × n)) contribute their
 * sums; only the at most two buckets a trim boundary cuts are read sample by sample. The result is exact: mean of the
 * kept samples in fen, rounded half up to the fen as GroupWindow does.
 */
final class DrgSql {
    private DrgSql() {
    }

    /** The statements building the temporary tables up to drg_tiered (benchmark and tier per region, group, date). */
    static List<String> benchmarkSteps(RuleParameters p) {
        int w = p.drgWindowDays();
        return List.of(
                // subjects: the scope's inpatient settlements with a group
                """
                create temp table drg_subject as
                select institution_code, settlement_id, person_id, region_code, drg_code, period_date, total_cost
                  from q_s where medical_type like '2%' and drg_code is not null and btrim(drg_code) <> ''""",
                "create temp table drg_date as select distinct region_code, period_date d from drg_subject",
                "create temp table drg_span as select region_code, min(d) - %d lo, max(d) hi from drg_date group by 1"
                        .formatted(w - 1),
                // samples: every counted settlement of those regions in the span, whoever it belongs to
                """
                create temp table drg_sample as
                select s.id, s.region_code, s.drg_code, s.settlement_date as day, (s.total_cost * 100)::bigint fen
                  from settlement s join drg_span r on r.region_code = s.region_code
                   and s.settlement_date between r.lo and r.hi
                 where s.status = 'SETTLED' and s.medical_type like '2%' and s.drg_code is not null""",
                """
                create temp table drg_group as
                select region_code, drg_code, count(*) n, ceil(sqrt(count(*)) / 2)::int buckets
                  from drg_sample group by 1, 2""",
                """
                create temp table drg_bucketed as
                select s.region_code, s.drg_code, s.day, s.fen, s.id,
                       ((row_number() over (partition by s.region_code, s.drg_code order by s.fen, s.id) - 1)
                         * g.buckets / g.n)::int bucket
                  from drg_sample s join drg_group g using (region_code, drg_code)""",
                "create index on drg_bucketed (region_code, drg_code, bucket, day)",
                "analyze drg_bucketed",
                // running count and sum of each bucket up to each day from the day before the span on
                """
                create temp table drg_cum as
                select g.region_code, g.drg_code, b.bucket, d.day,
                       (sum(coalesce(c.cnt, 0)) over w)::bigint cnt, (sum(coalesce(c.fen, 0)) over w)::bigint fen
                  from drg_group g join drg_span r using (region_code)
                 cross join lateral generate_series(0, g.buckets - 1) b(bucket)
                 cross join lateral (select r.lo - 1 + i as day from generate_series(0, r.hi - r.lo + 1) i) d
                  left join (select region_code, drg_code, bucket, day, count(*) cnt, sum(fen) fen
                               from drg_bucketed group by 1, 2, 3, 4) c
                    on c.region_code = g.region_code and c.drg_code = g.drg_code and c.bucket = b.bucket
                   and c.day = d.day
                window w as (partition by g.region_code, g.drg_code, b.bucket order by d.day)""",
                "analyze drg_cum",
                // count and sum of each bucket inside each needed window (region, group, date)
                """
                create temp table drg_window_bucket as
                select q.region_code, q.drg_code, q.d, hi.bucket, hi.cnt - lo.cnt cnt, hi.fen - lo.fen fen
                  from (select dd.region_code, g.drg_code, dd.d from drg_date dd join drg_group g using (region_code)) q
                  join drg_cum hi on hi.region_code = q.region_code and hi.drg_code = q.drg_code and hi.day = q.d
                  join drg_cum lo on lo.region_code = q.region_code and lo.drg_code = q.drg_code
                   and lo.bucket = hi.bucket and lo.day = q.d - %d""".formatted(w),
                // ranks before each bucket, window size n, trimmed count k; windows too small have no benchmark
                """
                create temp table drg_window as
                select region_code, drg_code, d, bucket, cnt, fen, before, n, floor(%s * n)::bigint k
                  from (select *, (sum(cnt) over (partition by region_code, drg_code, d order by bucket))::bigint
                                      - cnt before,
                               (sum(cnt) over (partition by region_code, drg_code, d))::bigint n
                          from drg_window_bucket) x
                 where n >= %d and cnt > 0""".formatted(p.drgTrimFraction().toPlainString(),
                        Math.max(1, p.drgMinSample())),
                // kept sum: whole buckets inside ranks k+1 … n-k, plus the kept samples of the buckets a bound cuts
                """
                create temp table drg_trimmed as
                select region_code, drg_code, d, n, k, sum(kept) kept_fen from (
                  select region_code, drg_code, d, n, k, fen kept from drg_window
                   where before >= k and before + cnt <= n - k
                  union all
                  select w.region_code, w.drg_code, w.d, w.n, w.k, x.fen from drg_window w
                   cross join lateral (
                     select b.fen, w.before + row_number() over (order by b.fen, b.id) rnk from drg_bucketed b
                      where b.region_code = w.region_code and b.drg_code = w.drg_code and b.bucket = w.bucket
                        and b.day between w.d - %d and w.d) x
                   where not (w.before >= w.k and w.before + w.cnt <= w.n - w.k)
                     and w.before < w.n - w.k and w.before + w.cnt > w.k
                     and x.rnk between w.k + 1 and w.n - w.k) t
                 group by region_code, drg_code, d, n, k""".formatted(w - 1),
                // the configured cost of the date's year wins over the trimmed mean
                """
                create temp table drg_bench as
                select dd.region_code, c.drg_code, dd.d, round(c.cost, 2) cost, 'CONFIGURED' source, null::bigint n
                  from drg_date dd join drg_configured c on c.region_code = dd.region_code
                   and c.year = extract(year from dd.d)::int
                union all
                select t.region_code, t.drg_code, t.d, (round(t.kept_fen::numeric / (t.n - 2 * t.k)) / 100)::numeric(14, 2),
                       'TRIMMED_MEAN', t.n
                  from drg_trimmed t
                 where not exists (select 1 from drg_configured c where c.region_code = t.region_code
                          and c.drg_code = t.drg_code and c.year = extract(year from t.d)::int)""",
                // tier 0, 1, 2: the third of the region's ascending benchmarks of that date (DrgCostOutlierRule.tier)
                """
                create temp table drg_tiered as
                select *, least(2, (rank() over (partition by region_code, d order by cost) - 1) * 3
                                   / count(*) over (partition by region_code, d))::int tier
                  from drg_bench""");
    }

    /** (subject_key, person_id) of the subjects at or beyond a threshold (thresholds rounded half up to the fen). */
    static String findings(RuleParameters p) {
        List<BigDecimal> high = p.drgHighMultiples();
        return """
                select s.institution_code || ':' || s.settlement_id, s.person_id
                  from drg_subject s join drg_tiered b on b.region_code = s.region_code and b.drg_code = s.drg_code
                   and b.d = s.period_date
                 where s.total_cost >= round((array[%s, %s, %s]::numeric[])[b.tier + 1] * b.cost, 2)
                    or s.total_cost <= round(%s * b.cost, 2)""".formatted(high.get(0).toPlainString(),
                high.get(1).toPlainString(), high.get(2).toPlainString(), p.drgLowMultiple().toPlainString());
    }
}
