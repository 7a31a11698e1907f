package cn.ybjg.supervision.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The subject key of a flag seen only as a flags.v1 event, which carries the id but not the subject. The id is
 * {@code Flag.idOf(ruleCode, subjectKey)}, so each candidate the rules' subject shapes allow is checked against it:
 * a key is returned only when it provably is the one the rule used, which keeps the (rule_code, subject_key) row
 * identity the legacy writer matches on (switching back to it finds the projected rows). A shape no candidate fits
 * gets {@code id:<flag id>}, unique and never equal to a real subject.
 */
final class SubjectKeys {
    private SubjectKeys() {
    }

    static String of(FlagEvent e) {
        for (String candidate : candidates(e)) {
            if (Flag.idOf(e.ruleCode(), candidate).equals(e.id())) return candidate;
        }
        return fallback(e.id());
    }

    static String fallback(UUID id) {
        return "id:" + id;
    }

    /** Settlement-level rules (SettlementFact.subjectKey), DECEASED_ACTIVE's enrollment variant, DUPLICATE_ENROLLMENT. */
    private static List<String> candidates(FlagEvent e) {
        List<String> out = new ArrayList<>();
        if (e.institutionCode() != null && e.settlementId() != null) {
            out.add(e.institutionCode() + ":" + e.settlementId());
        }
        out.add(e.idNumberHash() + ":ENROLLMENT");
        if (e.evidence() != null && e.evidence().get("enrollments") instanceof List<?> pair && pair.size() == 2
                && enrollmentKey(pair.get(0)) != null && enrollmentKey(pair.get(1)) != null) {
            out.add(e.idNumberHash() + ":" + enrollmentKey(pair.get(0)) + "|" + enrollmentKey(pair.get(1)));
        }
        return out;
    }

    /** EnrollmentFact.key() of an enrollment as the evidence lists it. */
    private static String enrollmentKey(Object o) {
        if (!(o instanceof Map<?, ?> m) || m.get("insuranceType") == null || m.get("regionCode") == null
                || m.get("startDate") == null) {
            return null;
        }
        return m.get("insuranceType") + "/" + m.get("regionCode") + "/" + m.get("startDate");
    }
}
