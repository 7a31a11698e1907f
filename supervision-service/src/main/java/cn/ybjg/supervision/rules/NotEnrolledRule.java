package cn.ybjg.supervision.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * NOT_ENROLLED 无有效参保结算: the admissionDate lies in no non-SUSPENDED enrollment period of the person in the
 * settlement's insuranceType and regionCode (a TERMINATED one still covers its own period).
 */
public final class NotEnrolledRule implements Rule<NotEnrolledRule.Params> {
    public static final String CODE = "NOT_ENROLLED";

    /** This rule has no parameters. */
    public record Params() implements RuleParams {
        public List<String> problems() { return List.of(); }
    }

    public String code() { return CODE; }
    public String nameZh() { return "无有效参保结算"; }
    public String description() {
        return "the settlement's admissionDate lies in no enrollment period (not SUSPENDED) of that person in "
                + "that insuranceType and regionCode";
    }
    public Class<Params> paramsType() { return Params.class; }
    public Params defaults() { return new Params(); }

    public List<Finding> evaluate(PersonHistory h, Params p, RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (SettlementFact s : h.active()) {
            List<EnrollmentFact> sameScheme = h.enrollments().stream()
                    .filter(e -> e.insuranceType().equals(s.insuranceType()) && e.regionCode().equals(s.regionCode()))
                    .toList();
            boolean covered = sameScheme.stream().anyMatch(e -> !e.suspended() && e.covers(s.admissionDate()));
            if (!covered) {
                out.add(Finding.ofSettlement(CODE, Severity.DEFINITE, s, s.fundPayments(), Evidence.of(
                        "admissionDate", s.admissionDate(), "insuranceType", s.insuranceType(),
                        "regionCode", s.regionCode(),
                        "enrollmentsInSchemeAndRegion", sameScheme.stream().map(Evidence::enrollment).toList())));
            }
        }
        return out;
    }
}
