package cn.ybjg.supervision.rules;

import java.time.LocalDate;

/** One enrollment period of a person: startDate..endDate inclusive, open when endDate is null. */
public record EnrollmentFact(String insuranceType, String regionCode, LocalDate startDate, LocalDate endDate,
        String status, String personId, String idNumberMasked) {

    public boolean suspended() {
        return "SUSPENDED".equals(status);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    /** The identity of contract section 1 without the person: scheme, region and start. */
    public String key() {
        return insuranceType + "/" + regionCode + "/" + startDate;
    }
}
