package cn.ybjg.bench.perf;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parameters the SQL rules run with: those in force in supervision-service (the highest version of each rule in
 * its table rule_version), so that the SQL judges with what the engine judged with; contract defaults for a rule
 * without a stored version. A disabled rule raises nothing in the engine, so the SQL skips it too.
 */
record RuleParameters(List<String> femaleOnly, List<String> maleOnly, int readmissionMaxDays,
                      int readmissionCategoryLength, int overlapMinNights, int duplicateEnrollmentMinOverlapDays,
                      int deceasedGraceDays, BigDecimal drgLowMultiple, List<BigDecimal> drgHighMultiples,
                      BigDecimal drgTrimFraction, int drgMinSample, int drgWindowDays,
                      Map<String, Boolean> enabled, Map<String, Integer> versions) {

    static final List<String> RULES = List.of("DUPLICATE_ENROLLMENT", "DECEASED_ACTIVE", "DRG_COST_OUTLIER",
            "READMISSION_15D", "OVERLAPPING_STAY", "DUPLICATE_SETTLEMENT", "GENDER_MISMATCH", "NOT_ENROLLED");
    /** Inlined into SQL, so checked to be exactly the shape the service accepts. */
    private static final Pattern RANGE = Pattern.compile("[A-Z][0-9][0-9A-Z]-[A-Z][0-9][0-9A-Z]");

    RuleParameters {
        for (String r : femaleOnly) {
            requireRange(r);
        }
        for (String r : maleOnly) {
            requireRange(r);
        }
        if (drgHighMultiples.size() != 3) {
            throw new IllegalArgumentException("DRG_COST_OUTLIER.highMultiples: need 3, got " + drgHighMultiples);
        }
    }

    /** The defaults of contract section 3, every rule enabled. */
    static RuleParameters defaults() {
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        RULES.forEach(r -> enabled.put(r, true));
        return new RuleParameters(List.of("O00-O9A", "C51-C58", "N70-N98"), List.of("C60-C63", "N40-N51"), 15, 3, 1, 1,
                30, new BigDecimal("0.4"), List.of(new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("1.5")),
                new BigDecimal("0.1"), 30, 365, enabled, Map.of());
    }

    /** The versions in force in supervision's rule_version (defaults for a rule it has no version of). */
    static RuleParameters inForce(Connection supervision) throws Exception {
        Map<String, JsonNode> params = new LinkedHashMap<>();
        Map<String, Boolean> enabled = new LinkedHashMap<>(defaults().enabled());
        Map<String, Integer> versions = new LinkedHashMap<>();
        try (Statement s = supervision.createStatement(); ResultSet r = s.executeQuery("""
                select distinct on (rule_code) rule_code, version, enabled, parameters::text from rule_version
                order by rule_code, version desc""")) {
            while (r.next()) {
                params.put(r.getString(1), BenchData.JSON.readTree(r.getString(4)));
                versions.put(r.getString(1), r.getInt(2));
                enabled.put(r.getString(1), r.getBoolean(3));
            }
        }
        return fromJson(params, enabled, versions);
    }

    /** Each rule's stored parameters (missing rules or keys: the defaults). */
    static RuleParameters fromJson(Map<String, JsonNode> params, Map<String, Boolean> enabled,
                                   Map<String, Integer> versions) {
        RuleParameters d = defaults();
        JsonNode gender = params.getOrDefault("GENDER_MISMATCH", BenchData.JSON.nullNode());
        JsonNode readmission = params.getOrDefault("READMISSION_15D", BenchData.JSON.nullNode());
        JsonNode overlap = params.getOrDefault("OVERLAPPING_STAY", BenchData.JSON.nullNode());
        JsonNode duplicate = params.getOrDefault("DUPLICATE_ENROLLMENT", BenchData.JSON.nullNode());
        JsonNode deceased = params.getOrDefault("DECEASED_ACTIVE", BenchData.JSON.nullNode());
        JsonNode drg = params.getOrDefault("DRG_COST_OUTLIER", BenchData.JSON.nullNode());
        return new RuleParameters(texts(gender.get("femaleOnly"), d.femaleOnly()),
                texts(gender.get("maleOnly"), d.maleOnly()),
                readmission.path("maxDays").asInt(d.readmissionMaxDays()),
                readmission.path("categoryLength").asInt(d.readmissionCategoryLength()),
                overlap.path("minNights").asInt(d.overlapMinNights()),
                duplicate.path("minOverlapDays").asInt(d.duplicateEnrollmentMinOverlapDays()),
                deceased.path("graceDays").asInt(d.deceasedGraceDays()),
                decimal(drg.get("lowMultiple"), d.drgLowMultiple()), decimals(drg.get("highMultiples"),
                        d.drgHighMultiples()), decimal(drg.get("trimFraction"), d.drgTrimFraction()),
                drg.path("minSample").asInt(d.drgMinSample()), drg.path("windowDays").asInt(d.drgWindowDays()),
                enabled, versions);
    }

    boolean enabled(String rule) {
        return enabled.getOrDefault(rule, true);
    }

    private static void requireRange(String r) {
        if (r == null || !RANGE.matcher(r).matches()) {
            throw new IllegalArgumentException("GENDER_MISMATCH: a range must look like O00-O9A");
        }
    }

    private static List<String> texts(JsonNode n, List<String> otherwise) {
        if (n == null || !n.isArray()) {
            return otherwise;
        }
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static BigDecimal decimal(JsonNode n, BigDecimal otherwise) {
        return n == null || n.isNull() ? otherwise : new BigDecimal(n.asText());
    }

    private static List<BigDecimal> decimals(JsonNode n, List<BigDecimal> otherwise) {
        if (n == null || !n.isArray()) {
            return otherwise;
        }
        List<BigDecimal> out = new ArrayList<>();
        n.forEach(v -> out.add(new BigDecimal(v.asText())));
        return out;
    }
}
