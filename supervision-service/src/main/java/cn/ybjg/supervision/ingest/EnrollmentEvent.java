package cn.ybjg.supervision.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/** enrollments.v1 payload. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrollmentEvent(Integer schemaVersion, String eventId, String idNumberHash, String idNumberMasked,
        String personId, String insuranceType, String regionCode, LocalDate startDate, LocalDate endDate,
        String status, OffsetDateTime ingestedAt) {

    public String problem() {
        return Required.missing("idNumberHash", idNumberHash, "idNumberMasked", idNumberMasked, "personId", personId,
                "insuranceType", insuranceType, "regionCode", regionCode, "startDate", startDate, "status", status,
                "ingestedAt", ingestedAt)
                + (status != null && !Set.of("ACTIVE", "SUSPENDED", "TERMINATED").contains(status) ? " bad status" : "")
                + Required.tooLong("idNumberHash", idNumberHash, 64, "idNumberMasked", idNumberMasked, 18,
                        "personId", personId, 40, "insuranceType", insuranceType, 8, "regionCode", regionCode, 6);
    }
}
