package cn.ybjg.bench;

import java.time.LocalDate;

/** 参保登记: the period startDate..endDate (inclusive, open when endDate is null). */
record Enrollment(Person person, String insuranceType, String regionCode, LocalDate startDate, LocalDate endDate,
                  String status) {
    boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }
}
