package cn.ybjg.claims.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Payload of enrollments.v1 (docs/events.md). */
public record EnrollmentEvent(int schemaVersion, UUID eventId, String idNumberHash, String idNumberMasked,
                              String personId, String insuranceType, String regionCode, LocalDate startDate,
                              LocalDate endDate, String status, OffsetDateTime ingestedAt) {

    public static final String TOPIC = "enrollments.v1";
}
