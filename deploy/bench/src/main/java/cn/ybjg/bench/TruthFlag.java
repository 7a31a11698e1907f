package cn.ybjg.bench;

import java.util.Comparator;

/** One flag the supervision service must raise for the planted data. severity null = not fixed by the contract. */
record TruthFlag(String ruleCode, String severity, String personId, String institutionCode, String settlementId) {
    static final Comparator<TruthFlag> ORDER = Comparator.comparing(TruthFlag::ruleCode)
            .thenComparing(TruthFlag::personId)
            .thenComparing(f -> f.settlementId() == null ? "" : f.settlementId());

    static TruthFlag of(String rule, Settlement s) {
        return new TruthFlag(rule, null, s.person().personId(), s.institutionCode(), s.settlementId());
    }

    static TruthFlag person(String rule, String severity, Person p) {
        return new TruthFlag(rule, severity, p.personId(), null, null);
    }
}
