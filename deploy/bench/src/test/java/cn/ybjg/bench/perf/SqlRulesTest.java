package cn.ybjg.bench.perf;

import static cn.ybjg.bench.perf.ClaimsTables.hash;
import static cn.ybjg.bench.perf.ClaimsTables.stay;
import static cn.ybjg.bench.perf.ClaimsTables.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ybjg.bench.perf.ClaimsTables.S;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seven person-keyed rules as SQL (PersonRuleSql) on claims' tables in PostgreSQL: each planted case found with
 * the subject key supervision-service gives its flag, each near miss not, rule by rule.
 */
class SqlRulesTest {
    static final String H1 = "H43100200001", H2 = "H43100200002", H3 = "H43100200003";

    static LocalDate d(int month, int day) {
        return LocalDate.of(2023, month, day);
    }

    static S withGender(S s, String gender) {
        return new S(s.inst(), s.id(), s.personId(), s.person(), s.region(), gender, s.scheme(), s.medicalType(),
                s.admission(), s.discharge(), s.settled(), s.diagnosis(), s.drg(), s.total(), s.status());
    }

    static S withTotal(S s, String total) {
        return new S(s.inst(), s.id(), s.personId(), s.person(), s.region(), s.gender(), s.scheme(), s.medicalType(),
                s.admission(), s.discharge(), s.settled(), s.diagnosis(), s.drg(), new BigDecimal(total), s.status());
    }

    /** personId = person label, enrolled in 390 of 431000 since 2020, open. */
    static S v(String inst, String id, String person, LocalDate day, String diagnosis) {
        return visit(inst, id, person, person, "390", day, diagnosis);
    }

    static void enrolled(ClaimsTables t, String... persons) throws Exception {
        for (String p : persons) {
            t.enroll(p, p, "390", "431000", LocalDate.of(2020, 1, 1), null, "ACTIVE");
        }
    }

    @Test
    void everyPersonRuleFindsItsPlantedCasesWithTheEnginesSubjectKeys() throws Exception {
        try (ClaimsTables t = new ClaimsTables()) {
            enrolled(t, "T-G1", "T-G2", "T-G3", "T-G4", "T-G5", "T-D1", "T-D2", "T-R1", "T-R2", "T-O1", "T-O2", "T-O3",
                    "T-N1", "BG-G9");
            t.enroll("T-Z1", "Z", "390", "431000", LocalDate.of(2020, 1, 1), null, "ACTIVE");
            t.insert(
                    // GENDER_MISMATCH: a man with O80, a woman with n41 (read upper case); N39 and C50 are for both
                    v(H1, "T-G1v", "T-G1", d(2, 1), "O80.000"),
                    withGender(v(H1, "T-G2v", "T-G2", d(2, 1), "n41.000"), "2"),
                    v(H1, "T-G3v", "T-G3", d(2, 1), "N39.000"),
                    withGender(v(H1, "T-G4v", "T-G4", d(2, 1), "C50.900"), "2"),
                    v(H1, "T-G5v", "T-G5", d(2, 1), "O80.000").status("REVERSED"),
                    v(H1, "BG-G9v", "BG-G9", d(2, 1), "O80.000"),
                    // DUPLICATE_SETTLEMENT: every twin but the smallest settlementId in "C" order (T-S10 < T-S8 < T-S9);
                    // a twin of another run's person with the same ID number counts (BG-Z-0 < T-Z-1)
                    v(H1, "T-S9", "T-D1", d(3, 1), "J06.900"),
                    v(H1, "T-S10", "T-D1", d(3, 1), "J06.900"),
                    v(H1, "T-S8", "T-D1", d(3, 1), "J06.900"),
                    v(H1, "T-D2a", "T-D2", d(3, 1), "J06.900"),
                    withTotal(v(H1, "T-D2b", "T-D2", d(3, 1), "J06.900"), "100.01"),
                    visit(H1, "T-Z-1", "T-Z1", "Z", "390", d(3, 1), "J06.900"),
                    visit(H1, "BG-Z-0", "BG-Z1", "Z", "390", d(3, 1), "J06.900"),
                    // READMISSION_15D at H1: B 15 days after A (same category J18) fires; C 16 days after B, E in
                    // another category and D at another institution do not
                    stay(H1, "T-RA", "T-R1", "T-R1", "390", d(3, 1), d(3, 10), "J18.900"),
                    stay(H1, "T-RB", "T-R1", "T-R1", "390", d(3, 25), d(3, 27), "j18.000"),
                    stay(H1, "T-RC", "T-R1", "T-R1", "390", d(4, 12), d(4, 14), "J18.100"),
                    stay(H2, "T-RD", "T-R1", "T-R1", "390", d(3, 12), d(3, 14), "J18.900"),
                    stay(H1, "T-RE", "T-R1", "T-R1", "390", d(3, 15), d(3, 16), "I21.000"),
                    // admitted on the day of an earlier same-day stay's discharge, but not after its admission
                    stay(H1, "T-RF", "T-R2", "T-R2", "390", d(9, 1), d(9, 1), "J18.900"),
                    stay(H1, "T-RG", "T-R2", "T-R2", "390", d(9, 1), d(9, 3), "J18.900"),
                    // OVERLAPPING_STAY: one shared night (the later stay fires), a visit strictly inside a stay
                    // elsewhere; not a visit on a discharge day, at the stay's own hospital, or a same-day transfer
                    stay(H1, "T-O1a", "T-O1", "T-O1", "390", d(5, 1), d(5, 10), "I63.900"),
                    stay(H2, "T-O1b", "T-O1", "T-O1", "390", d(5, 9), d(5, 10), "I63.900"),
                    v(H3, "T-O1v", "T-O1", d(5, 5), "I10.x00"),
                    v(H3, "T-O1w", "T-O1", d(5, 10), "I10.x00"),
                    v(H1, "T-O1x", "T-O1", d(5, 6), "I10.x00"),
                    stay(H1, "T-O2a", "T-O2", "T-O2", "390", d(6, 1), d(6, 5), "I63.900"),
                    stay(H2, "T-O2b", "T-O2", "T-O2", "390", d(6, 5), d(6, 8), "I63.900"),
                    // same admission day: the greater settlementId is the later one
                    stay(H1, "T-OA", "T-O3", "T-O3", "390", d(7, 1), d(7, 5), "I63.900"),
                    stay(H2, "T-OB", "T-O3", "T-O3", "390", d(7, 1), d(7, 3), "I63.900"),
                    // NOT_ENROLLED: other scheme, the day after a TERMINATED end (not the end day itself), only a
                    // SUSPENDED enrollment, enrolled in another region
                    visit(H1, "T-N1v", "T-N1", "T-N1", "310", d(8, 1), "J06.900"),
                    v(H1, "T-N2v", "T-N2", d(6, 30), "J06.900"),
                    v(H1, "T-N2w", "T-N2", d(7, 1), "J06.900"),
                    v(H1, "T-N3v", "T-N3", d(8, 1), "J06.900"),
                    v(H1, "T-N4v", "T-N4", d(8, 1), "J06.900"),
                    // DECEASED_ACTIVE: admitted the day after the death (not on it)
                    v(H1, "T-X1v", "T-X1", d(2, 1), "J06.900"),
                    v(H1, "T-X1w", "T-X1", d(2, 2), "J06.900"),
                    v(H1, "T-X2v", "T-X2", d(1, 15), "J06.900"));
            t.enroll("T-N2", "T-N2", "390", "431000", LocalDate.of(2020, 1, 1), d(6, 30), "TERMINATED");
            t.enroll("T-N3", "T-N3", "390", "431000", LocalDate.of(2020, 1, 1), null, "SUSPENDED");
            t.enroll("T-N4", "T-N4", "390", "441800", LocalDate.of(2020, 1, 1), null, "ACTIVE");
            // DECEASED_ACTIVE, enrollment variant: still ACTIVE and open long after the death; closed at it: nothing
            t.enroll("T-X1", "T-X1", "390", "431000", LocalDate.of(2020, 1, 1), null, "ACTIVE");
            t.death("T-X1", d(2, 1));
            t.enroll("T-X2", "T-X2", "390", "431000", LocalDate.of(2020, 1, 1), d(2, 1), "TERMINATED");
            t.death("T-X2", d(2, 1));
            // DUPLICATE_ENROLLMENT: 居民 then 职工 overlapping; two regions from one day (order: region); not when one
            // ends the day before the other starts, nor with a SUSPENDED one
            t.enroll("T-E1", "T-E1", "390", "431000", LocalDate.of(2019, 1, 1), null, "ACTIVE");
            t.enroll("T-E1", "T-E1", "310", "431000", d(3, 1), null, "ACTIVE");
            t.enroll("T-E2", "T-E2", "390", "431000", LocalDate.of(2019, 1, 1), d(2, 28), "TERMINATED");
            t.enroll("T-E2", "T-E2", "310", "431000", d(3, 1), null, "ACTIVE");
            t.enroll("T-E3", "T-E3", "390", "431000", LocalDate.of(2019, 1, 1), null, "ACTIVE");
            t.enroll("T-E3", "T-E3", "390", "441800", d(5, 1), null, "SUSPENDED");
            t.enroll("T-E4", "T-E4", "390", "441800", d(1, 1), null, "ACTIVE");
            t.enroll("T-E4", "T-E4", "390", "431000", d(1, 1), null, "ACTIVE");

            SqlRules.Result r = SqlRules.evaluate(t.db, SqlScope.run("T-"), RuleParameters.defaults(), List.of());

            Map<String, Set<String>> expected = new LinkedHashMap<>();
            expected.put("DUPLICATE_ENROLLMENT", Set.of(
                    hash("T-E1") + ":390/431000/2019-01-01|310/431000/2023-03-01",
                    hash("T-E4") + ":390/431000/2023-01-01|390/441800/2023-01-01"));
            expected.put("DECEASED_ACTIVE", Set.of(H1 + ":T-X1w", hash("T-X1") + ":ENROLLMENT"));
            expected.put("DRG_COST_OUTLIER", Set.of());
            expected.put("READMISSION_15D", Set.of(H1 + ":T-RB"));
            expected.put("OVERLAPPING_STAY", Set.of(H2 + ":T-O1b", H3 + ":T-O1v", H2 + ":T-OB"));
            expected.put("DUPLICATE_SETTLEMENT", Set.of(H1 + ":T-S8", H1 + ":T-S9", H1 + ":T-Z-1"));
            expected.put("GENDER_MISMATCH", Set.of(H1 + ":T-G1v", H1 + ":T-G2v"));
            expected.put("NOT_ENROLLED", Set.of(H1 + ":T-N1v", H1 + ":T-N2w", H1 + ":T-N3v", H1 + ":T-N4v"));
            for (String rule : RuleParameters.RULES) {
                assertEquals(expected.get(rule), r.findings().get(rule), rule);
            }
        }
    }

    @Test
    void aDisabledRuleFindsNothingAndARunLeavesNoTemporaryTableBehind() throws Exception {
        try (ClaimsTables t = new ClaimsTables()) {
            enrolled(t, "T-G1");
            t.insert(v(H1, "T-G1v", "T-G1", d(2, 1), "O80.000"));
            RuleParameters on = RuleParameters.defaults();
            Map<String, Boolean> enabled = new LinkedHashMap<>(on.enabled());
            enabled.put("GENDER_MISMATCH", false);
            RuleParameters off = new RuleParameters(on.femaleOnly(), on.maleOnly(), on.readmissionMaxDays(),
                    on.readmissionCategoryLength(), on.overlapMinNights(), on.duplicateEnrollmentMinOverlapDays(),
                    on.deceasedGraceDays(), on.drgLowMultiple(), on.drgHighMultiples(), on.drgTrimFraction(),
                    on.drgMinSample(), on.drgWindowDays(), enabled, Map.of("GENDER_MISMATCH", 2));

            // twice on one connection: the second run would fail on an existing temporary table
            assertEquals(Set.of(H1 + ":T-G1v"), SqlRules.run(t.db, SqlScope.run("T-"), on, List.of()).findings()
                    .get("GENDER_MISMATCH"));
            assertEquals(Set.of(), SqlRules.run(t.db, SqlScope.run("T-"), off, List.of()).findings()
                    .get("GENDER_MISMATCH"));
        }
    }
}
