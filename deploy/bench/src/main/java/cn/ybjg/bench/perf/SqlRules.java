package cn.ybjg.bench.perf;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Baseline of the audit throughput: the eight rules of contract section 3 as the plain SQL a supervision office would
 * run as a nightly batch over claims-service's own tables (settlement, enrollment, death_registration: they hold
 * every accepted record whichever engine audits, while supervision's state tables stay empty under the streams
 * engine). Persons are matched on id_number_hash, as the engine keys them. The scope's rows are copied into analysed
 * temporary tables with indexes (a CTE over a LIKE parameter was estimated at a few rows and nested-looped for
 * minutes), then each rule's (subject_key, person_id) pairs are stored in q_finding, as a batch job would store its
 * findings. Everything from the first copy to the last finding is timed.
 */
final class SqlRules {
    /** Sorts and hashes of a batch this size spill to disk with the server's default 4 MB; a batch job sets more. */
    static final String WORK_MEM = "256MB";
    /**
     * JIT compilation off: the planner cannot estimate generate_series over columns (DrgSql's day grid), guesses
     * billions of rows and spends ~2 s compiling each such statement, whatever the data's size.
     */
    static final String JIT = "off";

    record ConfiguredBenchmark(String regionCode, String drgCode, int year, BigDecimal cost) {
    }

    /** findings: rule → subject keys (every rule present, empty when disabled or nothing found). */
    record Result(double seconds, Map<String, Set<String>> findings, Map<String, Double> stepSeconds) {
        Map<String, Integer> counts() {
            Map<String, Integer> m = new LinkedHashMap<>();
            findings.forEach((rule, subjects) -> m.put(rule, subjects.size()));
            return m;
        }
    }

    private SqlRules() {
    }

    /** {@link #evaluate}, then the temporary tables are dropped and work_mem is the server's again. */
    static Result run(Connection claims, SqlScope scope, RuleParameters p, List<ConfiguredBenchmark> configured)
            throws Exception {
        try {
            return evaluate(claims, scope, p, configured);
        } finally {
            try (Statement s = claims.createStatement()) {
                s.execute("discard temp");
                s.execute("reset work_mem");
                s.execute("reset jit");
            }
        }
    }

    /** Runs the batch and leaves its temporary tables in the session (q_finding, drg_tiered, …) for inspection. */
    static Result evaluate(Connection claims, SqlScope scope, RuleParameters p, List<ConfiguredBenchmark> configured)
            throws Exception {
        Map<String, Double> steps = new LinkedHashMap<>();
        long start = System.nanoTime();
        try (Statement s = claims.createStatement()) {
            s.execute("set work_mem = '" + WORK_MEM + "'");
            s.execute("set jit = " + JIT);
            loadScope(claims, s, scope);
            loadConfigured(claims, s, configured);
            steps.put("input", seconds(start));
            s.execute("create temp table q_finding (rule_code text, subject_key text, person_id text)");
            Map<String, String> person = PersonRuleSql.queries(p);
            for (String rule : RuleParameters.RULES) {
                if (!p.enabled(rule)) {
                    continue;
                }
                long t = System.nanoTime();
                if (rule.equals("DRG_COST_OUTLIER")) {
                    for (String step : DrgSql.benchmarkSteps(p)) {
                        s.execute(step);
                    }
                }
                String select = rule.equals("DRG_COST_OUTLIER") ? DrgSql.findings(p) : person.get(rule);
                s.executeUpdate("insert into q_finding select '" + rule + "', f.* from (" + select + ") f");
                steps.put(rule, seconds(t));
            }
        }
        double total = seconds(start);
        return new Result(total, findings(claims, scope), steps);
    }

    private static void loadScope(Connection c, Statement s, SqlScope scope) throws Exception {
        try (PreparedStatement q = c.prepareStatement("create temp table q_person as " + scope.personsSql())) {
            for (int i = 0; i < scope.parameters().size(); i++) {
                q.setObject(i + 1, scope.parameters().get(i));
            }
            q.executeUpdate();
        }
        s.execute("create unique index on q_person (id_number_hash)");
        s.execute("analyze q_person");
        s.execute("""
                create temp table q_s as
                select s.institution_code, s.settlement_id, s.id_number_hash h, s.person_id, s.region_code, s.gender,
                       s.insurance_type, s.medical_type, s.admission_date, s.discharge_date,
                       s.settlement_date period_date, upper(s.primary_diagnosis) diagnosis, s.drg_code, s.total_cost
                  from settlement s where s.status = 'SETTLED'
                   and s.id_number_hash in (select id_number_hash from q_person)""");
        s.execute("""
                create temp table q_e as
                select e.id_number_hash h, e.insurance_type, e.region_code, e.start_date, e.end_date, e.status,
                       e.person_id
                  from enrollment e where e.id_number_hash in (select id_number_hash from q_person)""");
        s.execute("""
                create temp table q_d as
                select d.id_number_hash h, d.date_of_death from death_registration d
                 where d.id_number_hash in (select id_number_hash from q_person)""");
        for (String t : List.of("q_s", "q_e", "q_d")) {
            s.execute("create index on " + t + " (h)");
            s.execute("analyze " + t);
        }
    }

    private static void loadConfigured(Connection c, Statement s, List<ConfiguredBenchmark> configured)
            throws Exception {
        s.execute("create temp table drg_configured (region_code text, drg_code text, year int, cost numeric)");
        try (PreparedStatement q = c.prepareStatement("insert into drg_configured values (?, ?, ?, ?)")) {
            for (ConfiguredBenchmark b : configured) {
                q.setString(1, b.regionCode());
                q.setString(2, b.drgCode());
                q.setInt(3, b.year());
                q.setBigDecimal(4, b.cost());
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    private static Map<String, Set<String>> findings(Connection c, SqlScope scope) throws Exception {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        RuleParameters.RULES.forEach(r -> out.put(r, new TreeSet<>()));
        String sql = "select rule_code, subject_key from q_finding"
                + (scope.findingsOf() == null ? "" : " where person_id like ?");
        try (PreparedStatement q = c.prepareStatement(sql)) {
            if (scope.findingsOf() != null) {
                q.setString(1, SqlScope.likePrefix(scope.findingsOf()));
            }
            q.setFetchSize(10_000);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.get(r.getString(1)).add(r.getString(2));
                }
            }
        }
        return out;
    }

    /** supervision-service's configured DRG benchmarks (table drg_benchmark), which win over the trimmed mean. */
    static List<ConfiguredBenchmark> configured(Connection supervision) throws Exception {
        List<ConfiguredBenchmark> out = new ArrayList<>();
        try (Statement s = supervision.createStatement(); ResultSet r = s.executeQuery(
                "select region_code, drg_code, year, benchmark_cost from drg_benchmark")) {
            while (r.next()) {
                out.add(new ConfiguredBenchmark(r.getString(1), r.getString(2), r.getInt(3), r.getBigDecimal(4)));
            }
        }
        return out;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
