package cn.ybjg.indicators.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A flags.v1 payload, upserted by {@code id}. {@code statusChangedAt} is optional (not in the v1 schema); when
 * absent the arrival time orders this status against flag-reviews.v1 decisions.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagEvent(Integer schemaVersion, String eventId, String id, String ruleCode, String regionCode,
                        String insuranceType, String settlementId, String institutionCode, BigDecimal amountAtRisk,
                        LocalDate periodDate, OffsetDateTime detectedAt, OffsetDateTime statusChangedAt,
                        String status) {

    static final Set<String> STATUSES = Set.of("OPEN", "CONFIRMED", "DISMISSED", "WITHDRAWN");

    public FlagEvent validated() {
        Require.schema(schemaVersion);
        Require.present(eventId, "eventId");
        Require.present(id, "id");
        Require.present(ruleCode, "ruleCode");
        Require.region(regionCode);
        Require.money(amountAtRisk, "amountAtRisk");
        if (periodDate == null && detectedAt == null) throw new InvalidEventException("field periodDate is missing");
        if (!STATUSES.contains(Require.present(status, "status"))) {
            throw new InvalidEventException("status " + status + " is not one of " + STATUSES);
        }
        return this;
    }

    /** The date the flag counts in: periodDate, or (older producers) the detectedAt date in Asia/Shanghai. */
    public LocalDate countedOn() {
        return periodDate != null ? periodDate : detectedAt.atZoneSameInstant(Require.SHANGHAI).toLocalDate();
    }
}
