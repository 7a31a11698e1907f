package cn.ybjg.supervision.flags;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One flag row as a flags.v1 event describes it, ready for the set-based upsert of {@link FlagUpsert}.
 * {@code evidenceJson} is the event's evidence object as written (decimals exact); {@code changedAt} is when the
 * change was published (the record's timestamp: the event carries no statusChangedAt).
 */
record ProjectedFlag(UUID id, String ruleCode, String subjectKey, int ruleVersion, String severity,
        String settlementId, String institutionCode, String regionCode, String personId, String idNumberHash,
        String idNumberMasked, String insuranceType, BigDecimal amountAtRisk, String evidenceJson,
        OffsetDateTime detectedAt, LocalDate periodDate, String status, OffsetDateTime changedAt) {
}
