package cn.ybjg.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One 结算 of one visit or stay, in the shape of contract section 1 (money in fen until written out). */
record Settlement(String settlementId, String institutionCode, String regionCode, Person person,
                  String insuranceType, String medicalType, LocalDate admissionDate, LocalDate dischargeDate,
                  LocalDateTime settlementTime, String primaryDiagnosis, List<String> secondaryDiagnoses,
                  List<String> procedures, String drgCode, String paymentMethod, Payment payment) {
    boolean inpatient() {
        return medicalType.startsWith("2");
    }

    /** Last day of the visit or stay. */
    LocalDate lastDay() {
        return dischargeDate == null ? admissionDate : dischargeDate;
    }

    Settlement withId(String id) {
        return new Settlement(id, institutionCode, regionCode, person, insuranceType, medicalType, admissionDate,
                dischargeDate, settlementTime, primaryDiagnosis, secondaryDiagnoses, procedures, drgCode,
                paymentMethod, payment);
    }
}
