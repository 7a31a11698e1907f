package cn.ybjg.supervision.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Test fixtures: settlements, enrollments and histories of one person "H1". */
final class Fx {
    static final String HASH = "h1";
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private Fx() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** An inpatient stay of person H1 at institution inst, fund payments 0.8 × total. */
    static SettlementFact stay(String id, String inst, String from, String to, String diagnosis, String total) {
        return new SettlementFact(inst, id, HASH, "431002********1234", "P1", "431000", "1", "310", "21", d(from),
                d(to), d(to), diagnosis, null, new BigDecimal(total), new BigDecimal(total).multiply(new BigDecimal("0.8")),
                false);
    }

    static SettlementFact visit(String id, String inst, String date) {
        return new SettlementFact(inst, id, HASH, "431002********1234", "P1", "431000", "1", "310", "11", d(date),
                null, d(date), "J06.900", null, new BigDecimal("200.00"), new BigDecimal("120.00"), false);
    }

    static SettlementFact withGender(SettlementFact s, String gender) {
        return new SettlementFact(s.institutionCode(), s.settlementId(), s.idNumberHash(), s.idNumberMasked(),
                s.personId(), s.regionCode(), gender, s.insuranceType(), s.medicalType(), s.admissionDate(),
                s.dischargeDate(), s.periodDate(), s.primaryDiagnosis(), s.drgCode(), s.totalCost(), s.fundPayments(),
                s.reversed());
    }

    static SettlementFact reversed(SettlementFact s) {
        return new SettlementFact(s.institutionCode(), s.settlementId(), s.idNumberHash(), s.idNumberMasked(),
                s.personId(), s.regionCode(), s.gender(), s.insuranceType(), s.medicalType(), s.admissionDate(),
                s.dischargeDate(), s.periodDate(), s.primaryDiagnosis(), s.drgCode(), s.totalCost(), s.fundPayments(),
                true);
    }

    static SettlementFact drg(String id, String region, String drg, String date, String total) {
        return new SettlementFact("H43100200123", id, HASH, "431002********1234", "P1", region, "1", "310", "21",
                d(date).minusDays(5), d(date), d(date), "I21.000", drg, new BigDecimal(total),
                new BigDecimal(total).multiply(new BigDecimal("0.7")), false);
    }

    static EnrollmentFact enrollment(String type, String region, String from, String to, String status) {
        return new EnrollmentFact(type, region, d(from), to == null ? null : d(to), status, "P1", "431002********1234");
    }

    static PersonHistory history(List<SettlementFact> settlements, List<EnrollmentFact> enrollments, DeathFact death) {
        return new PersonHistory(HASH, settlements, enrollments, Optional.ofNullable(death));
    }

    static PersonHistory settlements(SettlementFact... s) {
        return history(Arrays.asList(s), List.of(), null);
    }

    static RuleContext ctx() {
        return new RuleContext(TODAY, DrgData.NONE);
    }
}
