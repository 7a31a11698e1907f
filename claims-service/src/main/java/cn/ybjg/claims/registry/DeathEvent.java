package cn.ybjg.claims.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Payload of deaths.v1 (docs/events.md). */
public record DeathEvent(int schemaVersion, UUID eventId, String idNumberHash, String idNumberMasked,
                         LocalDate dateOfDeath, String source, OffsetDateTime ingestedAt) {

    public static final String TOPIC = "deaths.v1";
}
