package cn.ybjg.indicators.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Set;

/** An enrollments.v1 payload; identity (idNumberHash, insuranceType, regionCode, startDate). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrollmentEvent(Integer schemaVersion, String eventId, String idNumberHash, String insuranceType,
                              String regionCode, LocalDate startDate, LocalDate endDate, String status) {

    private static final Set<String> STATUSES = Set.of("ACTIVE", "SUSPENDED", "TERMINATED");

    public EnrollmentEvent validated() {
        Require.schema(schemaVersion);
        Require.present(eventId, "eventId");
        Require.present(idNumberHash, "idNumberHash");
        Require.present(insuranceType, "insuranceType");
        Require.region(regionCode);
        Require.date(startDate, "startDate");
        if (!STATUSES.contains(Require.present(status, "status"))) {
            throw new InvalidEventException("status " + status + " is not one of " + STATUSES);
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidEventException("endDate is before startDate");
        }
        return this;
    }

    public String identity() {
        return idNumberHash + "|" + insuranceType + "|" + regionCode + "|" + startDate;
    }
}
