package cn.ybjg.supervision.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * DUPLICATE_ENROLLMENT 重复参保: two enrollment periods, neither SUSPENDED, overlapping by ≥ minOverlapDays while
 * in the two basic schemes (310 and 390) or in two regions for the same scheme. One flag per (person, pair).
 * amountAtRisk: fund payments of the person's settlements admitted in the overlap under the later-started
 * enrollment's scheme and region (tie on startDate: the greater insuranceType/regionCode counts as later).
 */
public final class DuplicateEnrollmentRule implements Rule<DuplicateEnrollmentRule.Params> {
    public static final String CODE = "DUPLICATE_ENROLLMENT";
    private static final Set<String> BASIC = Set.of("310", "390");
    private static final Comparator<EnrollmentFact> START_ORDER = Comparator.comparing(EnrollmentFact::startDate)
            .thenComparing(EnrollmentFact::insuranceType).thenComparing(EnrollmentFact::regionCode);

    public record Params(int minOverlapDays) implements RuleParams {
        public List<String> problems() {
            return minOverlapDays < 1 ? List.of("minOverlapDays: must be ≥ 1") : List.of();
        }
    }

    public String code() { return CODE; }
    public String nameZh() { return "重复参保"; }
    public String description() {
        return "two enrollment periods of one person, neither SUSPENDED, overlap by at least one day while being in "
                + "two basic schemes (310 and 390) or in two regions for the same scheme";
    }
    public Class<Params> paramsType() { return Params.class; }
    public Params defaults() { return new Params(1); }

    public List<Finding> evaluate(PersonHistory h, Params p, RuleContext ctx) {
        List<EnrollmentFact> es = h.effectiveEnrollments().stream().sorted(START_ORDER).toList();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < es.size(); i++) {
            for (int j = i + 1; j < es.size(); j++) {
                EnrollmentFact a = es.get(i), later = es.get(j);
                if (!conflicting(a, later)) continue;
                LocalDate from = later.startDate();
                LocalDate to = min(a.endDate(), later.endDate());
                if (to != null && ChronoUnit.DAYS.between(from, to) + 1 < p.minOverlapDays()) continue;
                if (a.endDate() != null && a.endDate().isBefore(from)) continue;
                var paid = h.active().stream().filter(s -> s.insuranceType().equals(later.insuranceType())
                        && s.regionCode().equals(later.regionCode()) && !s.admissionDate().isBefore(from)
                        && (to == null || !s.admissionDate().isAfter(to))).toList();
                out.add(new Finding(CODE, h.idNumberHash() + ":" + a.key() + "|" + later.key(), Severity.DEFINITE,
                        null, h.idNumberHash(), later.idNumberMasked(), later.personId(), later.regionCode(),
                        later.insuranceType(), Money.fundPayments(paid), from, Evidence.of(
                                "enrollments", List.of(Evidence.enrollment(a), Evidence.enrollment(later)),
                                "overlapFrom", from, "overlapTo", to,
                                "settlementsInOverlap", paid.stream().map(SettlementFact::settlementId).toList())));
            }
        }
        return out;
    }

    private static boolean conflicting(EnrollmentFact a, EnrollmentFact b) {
        if (a.insuranceType().equals(b.insuranceType())) return !a.regionCode().equals(b.regionCode());
        return BASIC.contains(a.insuranceType()) && BASIC.contains(b.insuranceType());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }
}
