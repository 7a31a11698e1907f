package cn.ybjg.supervision.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** GENDER_MISMATCH 限性别诊疗: a female-only diagnosis for gender 1, or a male-only one for gender 2. */
public final class GenderMismatchRule implements Rule<GenderMismatchRule.Params> {
    public static final String CODE = "GENDER_MISMATCH";
    private static final Pattern RANGE = Pattern.compile("[A-Z][0-9][0-9A-Z]-[A-Z][0-9][0-9A-Z]");

    /** Inclusive ranges of 3-character ICD-10 categories, e.g. "O00-O9A". */
    public record Params(List<String> femaleOnly, List<String> maleOnly) implements RuleParams {
        public List<String> problems() {
            List<String> p = new ArrayList<>();
            check("femaleOnly", femaleOnly, p);
            check("maleOnly", maleOnly, p);
            return p;
        }

        private static void check(String name, List<String> ranges, List<String> p) {
            if (ranges == null) p.add(name + ": required");
            else if (ranges.stream().anyMatch(r -> r == null || !RANGE.matcher(r).matches()))
                p.add(name + ": every range must look like O00-O9A");
        }
    }

    public String code() { return CODE; }
    public String nameZh() { return "限性别诊疗"; }
    public String description() {
        return "primaryDiagnosis is female-only (O00–O9A, C51–C58, N70–N98) for gender 1, or male-only "
                + "(C60–C63, N40–N51) for gender 2";
    }
    public Class<Params> paramsType() { return Params.class; }
    public Params defaults() {
        return new Params(List.of("O00-O9A", "C51-C58", "N70-N98"), List.of("C60-C63", "N40-N51"));
    }

    public List<Finding> evaluate(PersonHistory h, Params p, RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (SettlementFact s : h.active()) {
            String cat = s.primaryDiagnosis().toUpperCase(Locale.ROOT);
            cat = cat.length() >= 3 ? cat.substring(0, 3) : cat;
            String range = "1".equals(s.gender()) ? match(cat, p.femaleOnly())
                    : "2".equals(s.gender()) ? match(cat, p.maleOnly()) : null;
            if (range != null) {
                out.add(Finding.ofSettlement(CODE, Severity.DEFINITE, s, s.fundPayments(), Evidence.of(
                        "gender", s.gender(), "primaryDiagnosis", s.primaryDiagnosis(),
                        "restrictedTo", "1".equals(s.gender()) ? "FEMALE" : "MALE", "diagnosisRange", range)));
            }
        }
        return out;
    }

    private static String match(String cat, List<String> ranges) {
        for (String r : ranges) {
            if (cat.compareTo(r.substring(0, 3)) >= 0 && cat.compareTo(r.substring(4)) <= 0) return r;
        }
        return null;
    }
}
