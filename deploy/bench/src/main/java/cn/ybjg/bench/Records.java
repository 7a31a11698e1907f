package cn.ybjg.bench;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The records as the claims API takes them: field order of the contract, money in yuan with 2 decimals. */
final class Records {
    static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
    static final String[] SETTLEMENT_FIELDS = {"settlementId", "institutionCode", "regionCode", "personId",
        "idNumber", "gender", "birthDate", "insuranceType", "medicalType", "admissionDate", "dischargeDate",
        "settlementTime", "primaryDiagnosis", "secondaryDiagnoses", "procedures", "drgCode", "paymentMethod",
        "totalCost", "policyScopeCost", "fundPayment", "seriousIllnessPayment", "medicalAssistancePayment",
        "personalAccountPayment", "cashPayment"};

    private Records() {
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** Null values are left out; lists stay lists (CSV joins them with ';'). */
    static Map<String, Object> settlement(Settlement s) {
        Map<String, Object> m = new LinkedHashMap<>();
        Payment pay = s.payment();
        Object[] values = {s.settlementId(), s.institutionCode(), s.regionCode(), s.person().personId(),
            s.person().idNumber(), s.person().gender(), s.person().birthDate().toString(), s.insuranceType(),
            s.medicalType(), s.admissionDate().toString(),
            s.dischargeDate() == null ? null : s.dischargeDate().toString(),
            s.settlementTime().atOffset(SHANGHAI).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
            s.primaryDiagnosis(), s.secondaryDiagnoses().isEmpty() ? null : s.secondaryDiagnoses(),
            s.procedures().isEmpty() ? null : s.procedures(), s.drgCode(), s.paymentMethod(), yuan(pay.total()),
            yuan(pay.policyScope()), yuan(pay.fund()), yuan(pay.seriousIllness()), yuan(pay.medicalAssistance()),
            yuan(pay.personalAccount()), yuan(pay.cash())};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                m.put(SETTLEMENT_FIELDS[i], values[i]);
            }
        }
        return m;
    }

    static Map<String, Object> enrollment(Enrollment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("personId", e.person().personId());
        m.put("idNumber", e.person().idNumber());
        m.put("insuranceType", e.insuranceType());
        m.put("regionCode", e.regionCode());
        m.put("startDate", e.startDate().toString());
        m.put("endDate", e.endDate() == null ? null : e.endDate().toString());
        m.put("status", e.status());
        return m;
    }

    static Map<String, Object> death(Death d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("idNumber", d.person().idNumber());
        m.put("dateOfDeath", d.dateOfDeath().toString());
        m.put("source", d.source());
        return m;
    }

    static Map<String, Object> truth(TruthFlag f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleCode", f.ruleCode());
        if (f.severity() != null) {
            m.put("severity", f.severity());
        }
        m.put("personId", f.personId());
        m.put("institutionCode", f.institutionCode());
        m.put("settlementId", f.settlementId());
        return m;
    }
}
