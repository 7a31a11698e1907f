package cn.ybjg.claims.registry;

import java.time.LocalDate;

/** A valid 参保登记; the period runs startDate..endDate inclusive, open when endDate is null. */
public record Enrollment(String personId, String idNumber, String insuranceType, String regionCode,
                         LocalDate startDate, LocalDate endDate, String status) {

    String canonical() {
        return String.join("|", personId, idNumber, insuranceType, regionCode, startDate.toString(),
                String.valueOf(endDate), status);
    }
}
