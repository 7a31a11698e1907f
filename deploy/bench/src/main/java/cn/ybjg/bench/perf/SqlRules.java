package cn.ybjg.bench.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Baseline of measurements 2 and 3: six settlement-level rules written as the plain SQL a supervision office would
 * run as a nightly batch over supervision-service's state tables, restricted to one run's persons: the run's
 * settlements are copied into an analysed temporary table (so the planner hash-joins them; a CTE over a LIKE parameter
 * was estimated at a few rows and nested-looped for minutes), then each rule's flagged (institution_code,
 * settlement_id) pairs are stored in another, like a batch job would store its findings. The copy is timed too.
 */
final class SqlRules {
    static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("GENDER_MISMATCH", """
                select institution_code, settlement_id from bench_s s
                where (gender = '1' and (left(primary_diagnosis, 3) collate "C" between 'O00' and 'O9A'
                        or left(primary_diagnosis, 3) collate "C" between 'C51' and 'C58'
                        or left(primary_diagnosis, 3) collate "C" between 'N70' and 'N98'))
                   or (gender = '2' and (left(primary_diagnosis, 3) collate "C" between 'C60' and 'C63'
                        or left(primary_diagnosis, 3) collate "C" between 'N40' and 'N51'))""");
        RULES.put("DUPLICATE_SETTLEMENT", """
                select distinct b.institution_code, b.settlement_id from bench_s a join bench_s b
                  on a.id_number_hash = b.id_number_hash and a.institution_code = b.institution_code
                 and a.admission_date = b.admission_date and a.discharge_date is not distinct from b.discharge_date
                 and a.medical_type = b.medical_type and a.total_cost = b.total_cost and a.settlement_id < b.settlement_id""");
        RULES.put("READMISSION_15D", """
                select distinct b.institution_code, b.settlement_id from bench_s a join bench_s b
                  on a.id_number_hash = b.id_number_hash and a.institution_code = b.institution_code
                 and a.medical_type like '2%' and b.medical_type like '2%' and a.settlement_id <> b.settlement_id
                 and b.admission_date - a.discharge_date between 0 and 15
                 and left(a.primary_diagnosis, 3) = left(b.primary_diagnosis, 3)""");
        RULES.put("OVERLAPPING_STAY", """
                select distinct b.institution_code, b.settlement_id from bench_s a join bench_s b
                  on a.id_number_hash = b.id_number_hash and a.institution_code <> b.institution_code
                 and a.medical_type like '2%'
                 and ((b.medical_type like '2%'
                       and least(a.discharge_date, b.discharge_date) - greatest(a.admission_date, b.admission_date) >= 1
                       and (b.admission_date, b.settlement_id) > (a.admission_date, a.settlement_id))
                   or (b.medical_type not like '2%'
                       and b.admission_date > a.admission_date and b.admission_date < a.discharge_date))""");
        RULES.put("NOT_ENROLLED", """
                select institution_code, settlement_id from bench_s s where not exists (
                  select 1 from enrollment_state e where e.id_number_hash = s.id_number_hash
                     and e.insurance_type = s.insurance_type and e.region_code = s.region_code and e.status <> 'SUSPENDED'
                     and e.start_date <= s.admission_date and (e.end_date is null or e.end_date >= s.admission_date))""");
        RULES.put("DECEASED_ACTIVE", """
                select s.institution_code, s.settlement_id from bench_s s join death_state d on d.id_number_hash = s.id_number_hash
                 where s.admission_date > d.date_of_death""");
    }

    record Result(double seconds, Map<String, Long> findings) {
    }

    static Result run(Connection db, String prefix) throws Exception {
        Map<String, Long> findings = new LinkedHashMap<>();
        long start = System.nanoTime();
        try (PreparedStatement q = db.prepareStatement("create temp table bench_s as select * from settlement_state"
                + " where person_id like ? and status = 'SETTLED'")) {
            q.setString(1, prefix + "%");
            q.executeUpdate();
        }
        try (Statement s = db.createStatement()) {
            s.execute("analyze bench_s");
            s.execute("create temp table bench_sql_findings (rule_code text, institution_code text, settlement_id text)");
            for (Map.Entry<String, String> rule : RULES.entrySet()) {
                findings.put(rule.getKey(), (long) s.executeUpdate("insert into bench_sql_findings select '"
                        + rule.getKey() + "', f.* from (" + rule.getValue() + ") f"));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Statement s = db.createStatement()) {
            s.execute("drop table bench_s, bench_sql_findings");
        }
        return new Result(seconds, findings);
    }

    /** Open (not WITHDRAWN) settlement-level flags of the same rules that the streaming path raised for the run. */
    static Map<String, Long> streamingFlags(Connection db, String prefix) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        RULES.keySet().forEach(r -> counts.put(r, 0L));
        try (PreparedStatement q = db.prepareStatement("select rule_code, count(*) from flag where person_id like ?"
                + " and settlement_id is not null and status <> 'WITHDRAWN' group by rule_code")) {
            q.setString(1, prefix + "%");
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    if (counts.containsKey(r.getString(1))) {
                        counts.put(r.getString(1), r.getLong(2));
                    }
                }
            }
        }
        return counts;
    }
}
