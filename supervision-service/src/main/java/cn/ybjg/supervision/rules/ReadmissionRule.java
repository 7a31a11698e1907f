package cn.ybjg.supervision.rules;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * READMISSION_15D 分解住院: an inpatient admission 0..maxDays days after an earlier stay's dischargeDate at the
 * same institution with the same primary diagnosis category. Subject: the later settlement; when several earlier
 * stays qualify the evidence names the most recently discharged one.
 */
public final class ReadmissionRule implements Rule<ReadmissionRule.Params> {
    public static final String CODE = "READMISSION_15D";

    /** maxDays: the largest gap (admission − earlier discharge, in days) that still fires; categoryLength: ICD prefix. */
    public record Params(int maxDays, int categoryLength) implements RuleParams {
        public List<String> problems() {
            List<String> p = new ArrayList<>();
            if (maxDays < 0 || maxDays > 365) p.add("maxDays: must be between 0 and 365");
            if (categoryLength < 1 || categoryLength > 7) p.add("categoryLength: must be between 1 and 7");
            return p;
        }
    }

    public String code() { return CODE; }
    public String nameZh() { return "分解住院"; }
    public String description() {
        return "an inpatient admission of the same person at the same institution 0 to 15 days after an earlier "
                + "stay's dischargeDate, with the same 3-character primary diagnosis category";
    }
    public Class<Params> paramsType() { return Params.class; }
    public Params defaults() { return new Params(15, 3); }

    public List<Finding> evaluate(PersonHistory h, Params p, RuleContext ctx) {
        List<SettlementFact> stays = h.active().stream().filter(s -> s.inpatient() && s.dischargeDate() != null).toList();
        List<Finding> out = new ArrayList<>();
        for (SettlementFact later : stays) {
            SettlementFact best = null;
            for (SettlementFact earlier : stays) {
                if (earlier == later || !earlier.institutionCode().equals(later.institutionCode())) continue;
                if (!earlier.admissionDate().isBefore(later.admissionDate())) continue;
                long gap = ChronoUnit.DAYS.between(earlier.dischargeDate(), later.admissionDate());
                if (gap < 0 || gap > p.maxDays()) continue;
                if (!category(earlier, p).equals(category(later, p))) continue;
                if (best == null || earlier.dischargeDate().isAfter(best.dischargeDate())) best = earlier;
            }
            if (best != null) {
                out.add(Finding.ofSettlement(CODE, Severity.SUSPICIOUS, later, later.fundPayments(), Evidence.of(
                        "earlierSettlementId", best.settlementId(), "earlierAdmissionDate", best.admissionDate(),
                        "earlierDischargeDate", best.dischargeDate(), "earlierDiagnosis", best.primaryDiagnosis(),
                        "admissionDate", later.admissionDate(), "primaryDiagnosis", later.primaryDiagnosis(),
                        "daysAfterDischarge", ChronoUnit.DAYS.between(best.dischargeDate(), later.admissionDate()),
                        "diagnosisCategory", category(later, p))));
            }
        }
        return out;
    }

    private static String category(SettlementFact s, Params p) {
        String d = s.primaryDiagnosis().toUpperCase(Locale.ROOT);
        return d.length() > p.categoryLength() ? d.substring(0, p.categoryLength()) : d;
    }
}
