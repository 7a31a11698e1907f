package cn.ybjg.supervision.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * DECEASED_ACTIVE 死亡未消户 / 死亡后结算. Settlement variant (DEFINITE): admissionDate after the dateOfDeath
 * (death on the admission day does not fire). Enrollment variant (SUSPICIOUS, one flag per person): an
 * enrollment still runs (ACTIVE, endDate null or after the death) once more than graceDays have passed.
 */
public final class DeceasedActiveRule implements Rule<DeceasedActiveRule.Params> {
    public static final String CODE = "DECEASED_ACTIVE";

    public record Params(int graceDays) implements RuleParams {
        public List<String> problems() {
            return graceDays < 0 || graceDays > 3650 ? List.of("graceDays: must be between 0 and 3650") : List.of();
        }
    }

    public String code() { return CODE; }
    public String nameZh() { return "死亡未消户 / 死亡后结算"; }
    public String description() {
        return "a settlement whose admissionDate is after the dateOfDeath (DEFINITE); or an enrollment whose period "
                + "still runs once more than graceDays have passed since the dateOfDeath (SUSPICIOUS)";
    }
    public Class<Params> paramsType() { return Params.class; }
    public Params defaults() { return new Params(30); }

    public List<Finding> evaluate(PersonHistory h, Params p, RuleContext ctx) {
        if (h.death().isEmpty()) return List.of();
        DeathFact death = h.death().get();
        List<Finding> out = new ArrayList<>();
        List<SettlementFact> after = h.active().stream()
                .filter(s -> s.admissionDate().isAfter(death.dateOfDeath())).toList();
        for (SettlementFact s : after) {
            out.add(Finding.ofSettlement(CODE, Severity.DEFINITE, s, s.fundPayments(), Evidence.of(
                    "variant", "SETTLEMENT_AFTER_DEATH", "dateOfDeath", death.dateOfDeath(),
                    "deathSource", death.source(), "admissionDate", s.admissionDate(),
                    "settlementId", s.settlementId())));
        }
        var graceEnd = death.dateOfDeath().plusDays(p.graceDays());
        List<EnrollmentFact> running = h.enrollments().stream()
                .filter(e -> "ACTIVE".equals(e.status())
                        && (e.endDate() == null || e.endDate().isAfter(death.dateOfDeath())))
                .toList();
        if (ctx.today().isAfter(graceEnd) && !running.isEmpty()) {
            EnrollmentFact first = running.get(0);
            out.add(new Finding(CODE, h.idNumberHash() + ":ENROLLMENT", Severity.SUSPICIOUS, null,
                    h.idNumberHash(), death.idNumberMasked(), first.personId(), first.regionCode(), null,
                    BigDecimal.ZERO.setScale(2), graceEnd, Evidence.of(
                            "variant", "ENROLLMENT_AFTER_DEATH", "dateOfDeath", death.dateOfDeath(),
                            "deathSource", death.source(), "graceDays", p.graceDays(), "graceEndedOn", graceEnd,
                            "runningEnrollments", running.stream().map(Evidence::enrollment).toList(),
                            "settlementsAdmittedAfterDeath", after.size(),
                            "fundPaymentsAfterDeath", Money.fundPayments(after))));
        }
        return out;
    }
}
