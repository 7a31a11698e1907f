package cn.ybjg.supervision.rules;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * OVERLAPPING_STAY 同一时间多地住院 / 住院期间门诊: two inpatient stays at different institutions sharing at
 * least minNights nights, or an outpatient visit strictly inside an inpatient stay at another institution.
 * Subject: the settlement with the later admissionDate (tie → greater settlementId); the evidence names the other.
 */
public final class OverlappingStayRule implements Rule<OverlappingStayRule.Params> {
    public static final String CODE = "OVERLAPPING_STAY";

    public record Params(int minNights) implements RuleParams {
        public List<String> problems() {
            return minNights < 1 ? List.of("minNights: must be ≥ 1") : List.of();
        }
    }

    public String code() { return CODE; }
    public String nameZh() { return "同一时间多地住院 / 住院期间门诊"; }
    public String description() {
        return "two inpatient stays of one person overlap by ≥ 1 night at different institutions, or an outpatient "
                + "settlement falls strictly inside an inpatient stay at another institution";
    }
    public Class<Params> paramsType() { return Params.class; }
    public Params defaults() { return new Params(1); }

    public List<Finding> evaluate(PersonHistory h, Params p, RuleContext ctx) {
        List<SettlementFact> all = h.active();
        List<Finding> out = new ArrayList<>();
        for (SettlementFact subject : all) {
            List<Object> others = new ArrayList<>();
            for (SettlementFact other : all) {
                if (other == subject || other.institutionCode().equals(subject.institutionCode())) continue;
                if (subject.compareLater(other) <= 0) continue;
                String kind = kind(subject, other, p);
                if (kind == null) continue;
                var ev = Evidence.settlement(other);
                ev.put("kind", kind);
                if (kind.equals("INPATIENT_OVERLAP")) ev.put("overlapNights", nights(subject, other));
                others.add(ev);
            }
            if (!others.isEmpty()) {
                out.add(Finding.ofSettlement(CODE, Severity.DEFINITE, subject, subject.fundPayments(), Evidence.of(
                        "admissionDate", subject.admissionDate(), "dischargeDate", subject.dischargeDate(),
                        "medicalType", subject.medicalType(), "overlapsWith", others)));
            }
        }
        return out;
    }

    private static String kind(SettlementFact a, SettlementFact b, Params p) {
        if (a.inpatient() && b.inpatient() && a.dischargeDate() != null && b.dischargeDate() != null)
            return nights(a, b) >= p.minNights() ? "INPATIENT_OVERLAP" : null;
        if (a.outpatient() && b.inpatient() && strictlyInside(a, b)) return "OUTPATIENT_DURING_STAY";
        if (b.outpatient() && a.inpatient() && strictlyInside(b, a)) return "OUTPATIENT_DURING_STAY";
        return null;
    }

    private static boolean strictlyInside(SettlementFact visit, SettlementFact stay) {
        return stay.dischargeDate() != null && visit.admissionDate().isAfter(stay.admissionDate())
                && visit.admissionDate().isBefore(stay.dischargeDate());
    }

    private static long nights(SettlementFact a, SettlementFact b) {
        var start = a.admissionDate().isAfter(b.admissionDate()) ? a.admissionDate() : b.admissionDate();
        var end = a.dischargeDate().isBefore(b.dischargeDate()) ? a.dischargeDate() : b.dischargeDate();
        return ChronoUnit.DAYS.between(start, end);
    }
}
