package cn.ybjg.supervision.rules;

import java.util.List;
import java.util.Optional;

/**
 * Everything known about one person (by idNumberHash): all settlements (reversed ones included, so rules can
 * skip them), enrollments and the death registration if any.
 */
public record PersonHistory(String idNumberHash, List<SettlementFact> settlements, List<EnrollmentFact> enrollments,
        Optional<DeathFact> death) {

    /** Settlements that count: reversed ones are excluded from every rule input. */
    public List<SettlementFact> active() {
        return settlements.stream().filter(s -> !s.reversed()).toList();
    }

    /** Enrollments that count: every one that is not SUSPENDED. */
    public List<EnrollmentFact> effectiveEnrollments() {
        return enrollments.stream().filter(e -> !e.suspended()).toList();
    }
}
