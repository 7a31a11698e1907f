package cn.ybjg.supervision.flags;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** flags.v1 payload (docs/events.md); consumers upsert by id. */
public record FlagEvent(int schemaVersion, UUID eventId, UUID id, String ruleCode, int ruleVersion, String severity,
        String settlementId, String institutionCode, String regionCode, String personId, String idNumberHash,
        String idNumberMasked, String insuranceType, BigDecimal amountAtRisk, Map<String, Object> evidence,
        OffsetDateTime detectedAt, LocalDate periodDate, String status) {

    public static FlagEvent of(Flag f) {
        UUID eventId = eventIdOf(f.id, f.status.name(), f.statusChangedAt);
        return new FlagEvent(1, eventId, f.id, f.ruleCode, f.ruleVersion, f.severity, f.settlementId,
                f.institutionCode, f.regionCode, f.personId, f.idNumberHash, f.idNumberMasked, f.insuranceType,
                f.amountAtRisk, f.evidence, f.detectedAt, f.periodDate, f.status.name());
    }

    /** The stable id of one state of a flag (docs/events.md): a re-send of the same change carries the same id. */
    public static UUID eventIdOf(UUID flagId, String status, OffsetDateTime statusChangedAt) {
        return UUID.nameUUIDFromBytes(("flag:" + flagId + ":" + status + ":" + statusChangedAt.toInstant())
                .getBytes(StandardCharsets.UTF_8));
    }
}
