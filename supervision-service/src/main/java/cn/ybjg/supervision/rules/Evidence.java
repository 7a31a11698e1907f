package cn.ybjg.supervision.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds evidence maps in a readable, stable key order. */
public final class Evidence {
    private Evidence() {
    }

    public static Map<String, Object> of(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    public static Map<String, Object> settlement(SettlementFact s) {
        return of("settlementId", s.settlementId(), "institutionCode", s.institutionCode(),
                "medicalType", s.medicalType(), "admissionDate", s.admissionDate(),
                "dischargeDate", s.dischargeDate(), "primaryDiagnosis", s.primaryDiagnosis(),
                "totalCost", Money.of(s.totalCost()));
    }

    public static Map<String, Object> enrollment(EnrollmentFact e) {
        return of("insuranceType", e.insuranceType(), "regionCode", e.regionCode(), "startDate", e.startDate(),
                "endDate", e.endDate(), "status", e.status());
    }
}
