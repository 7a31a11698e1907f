package cn.ybjg.bench.perf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The seven person-keyed rules of contract section 3 as set-based SELECTs over the scope's temporary tables
 * (q_s settlements, q_e enrollments, q_d deaths; see {@link SqlBatch}), each giving (subject_key, person_id) exactly
 * as supervision-service's rules/*Rule.java key their flags: {@code institutionCode:settlementId} for a settlement,
 * {@code idNumberHash:ENROLLMENT} for DECEASED_ACTIVE's enrollment variant and
 * {@code idNumberHash:scheme/region/start|scheme/region/start} for DUPLICATE_ENROLLMENT; person_id is the personId
 * the flag carries. Strings are compared with COLLATE "C" wherever the Java rules use String.compareTo, so that ties
 * ("the greater settlementId") break the same way whatever the database's collation.
 */
final class PersonRuleSql {
    private PersonRuleSql() {
    }

    static Map<String, String> queries(RuleParameters p) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("GENDER_MISMATCH", """
                select institution_code || ':' || settlement_id, person_id from q_s
                 where (gender = '1' and (%s)) or (gender = '2' and (%s))"""
                .formatted(categoryIn(p.femaleOnly()), categoryIn(p.maleOnly())));
        // every twin but the one with the smallest settlementId
        q.put("DUPLICATE_SETTLEMENT", """
                select b.institution_code || ':' || b.settlement_id, b.person_id from q_s b
                 where exists (select 1 from q_s a where a.h = b.h and a.institution_code = b.institution_code
                    and a.admission_date = b.admission_date and a.discharge_date is not distinct from b.discharge_date
                    and a.medical_type = b.medical_type and a.total_cost = b.total_cost
                    and a.settlement_id collate "C" < b.settlement_id collate "C")""");
        q.put("READMISSION_15D", """
                select b.institution_code || ':' || b.settlement_id, b.person_id from q_s b
                 where b.medical_type like '2%%' and b.discharge_date is not null
                   and exists (select 1 from q_s a where a.h = b.h and a.institution_code = b.institution_code
                    and a.medical_type like '2%%' and a.discharge_date is not null
                    and a.admission_date < b.admission_date
                    and b.admission_date - a.discharge_date between 0 and %d
                    and left(a.diagnosis, %d) = left(b.diagnosis, %d))"""
                .formatted(p.readmissionMaxDays(), p.readmissionCategoryLength(), p.readmissionCategoryLength()));
        // the subject is the later of the two (admissionDate, then settlementId, then institutionCode); an
        // outpatient visit can only be strictly inside an earlier-admitted stay, so that is the one case to test
        q.put("OVERLAPPING_STAY", """
                select b.institution_code || ':' || b.settlement_id, b.person_id from q_s b
                 where exists (select 1 from q_s a where a.h = b.h and a.institution_code <> b.institution_code
                    and (b.admission_date, b.settlement_id collate "C", b.institution_code collate "C")
                        > (a.admission_date, a.settlement_id collate "C", a.institution_code collate "C")
                    and ((a.medical_type like '2%%' and b.medical_type like '2%%'
                          and a.discharge_date is not null and b.discharge_date is not null
                          and least(a.discharge_date, b.discharge_date)
                              - greatest(a.admission_date, b.admission_date) >= %d)
                      or (b.medical_type like '1%%' and a.medical_type like '2%%' and a.discharge_date is not null
                          and b.admission_date > a.admission_date and b.admission_date < a.discharge_date)))"""
                .formatted(p.overlapMinNights()));
        q.put("NOT_ENROLLED", """
                select s.institution_code || ':' || s.settlement_id, s.person_id from q_s s
                 where not exists (select 1 from q_e e where e.h = s.h and e.insurance_type = s.insurance_type
                    and e.region_code = s.region_code and e.status <> 'SUSPENDED' and e.start_date <= s.admission_date
                    and (e.end_date is null or e.end_date >= s.admission_date))""");
        // settlement variant, then the enrollment variant (one per person; its personId is that of the first
        // running enrollment in the order the engine keeps them: startDate, insuranceType, regionCode)
        q.put("DECEASED_ACTIVE", """
                select s.institution_code || ':' || s.settlement_id, s.person_id
                  from q_s s join q_d d on d.h = s.h where s.admission_date > d.date_of_death
                union all
                select d.h || ':ENROLLMENT', (select e.person_id from q_e e where e.h = d.h and e.status = 'ACTIVE'
                          and (e.end_date is null or e.end_date > d.date_of_death)
                        order by e.start_date, e.insurance_type collate "C", e.region_code collate "C" limit 1)
                  from q_d d
                 where current_date > d.date_of_death + %d
                   and exists (select 1 from q_e e where e.h = d.h and e.status = 'ACTIVE'
                          and (e.end_date is null or e.end_date > d.date_of_death))"""
                .formatted(p.deceasedGraceDays()));
        // pairs in start order (startDate, insuranceType, regionCode), neither SUSPENDED, in conflict, overlapping
        // from the later start to the earlier of the two ends (null = open) by at least minOverlapDays
        q.put("DUPLICATE_ENROLLMENT", """
                select a.h || ':' || %s || '|' || %s, b.person_id
                  from q_e a join q_e b on b.h = a.h
                   and (a.start_date, a.insurance_type collate "C", a.region_code collate "C")
                     < (b.start_date, b.insurance_type collate "C", b.region_code collate "C")
                 where a.status <> 'SUSPENDED' and b.status <> 'SUSPENDED'
                   and ((a.insurance_type = b.insurance_type and a.region_code <> b.region_code)
                     or (a.insurance_type <> b.insurance_type and a.insurance_type in ('310', '390')
                         and b.insurance_type in ('310', '390')))
                   and (a.end_date is null or a.end_date >= b.start_date)
                   and (least(a.end_date, b.end_date) is null
                     or least(a.end_date, b.end_date) - b.start_date + 1 >= %d)"""
                .formatted(enrollmentKey("a"), enrollmentKey("b"), p.duplicateEnrollmentMinOverlapDays()));
        return q;
    }

    /** EnrollmentFact.key(): insuranceType/regionCode/startDate (ISO date). */
    private static String enrollmentKey(String e) {
        return "%1$s.insurance_type || '/' || %1$s.region_code || '/' || to_char(%1$s.start_date, 'YYYY-MM-DD')"
                .formatted(e);
    }

    /** The 3-character category (upper case, as the rule reads it) in one of the inclusive ranges "O00-O9A". */
    private static String categoryIn(List<String> ranges) {
        if (ranges.isEmpty()) {
            return "false";
        }
        return ranges.stream().map(r -> "left(diagnosis, 3) collate \"C\" between '" + r.substring(0, 3) + "' and '"
                + r.substring(4) + "'").collect(Collectors.joining(" or "));
    }
}
