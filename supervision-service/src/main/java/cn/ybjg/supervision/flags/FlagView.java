package cn.ybjg.supervision.flags;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A flag as the API shows it (contract section 3); never the raw ID number, never its hash. {@code reviews} (the
 * review history, oldest first) is shown for a single flag, left out of listings.
 */
public record FlagView(UUID id, String ruleCode, int ruleVersion, String severity, String settlementId,
        String institutionCode, String regionCode, String personId, String idNumberMasked, String insuranceType,
        BigDecimal amountAtRisk, Map<String, Object> evidence, LocalDate periodDate, OffsetDateTime detectedAt,
        String status, OffsetDateTime statusChangedAt, BigDecimal recoveredAmount,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ReviewView> reviews) {

    static FlagView of(Flag f) {
        return of(f, null);
    }

    public static FlagView of(Flag f, List<FlagReview> reviews) {
        return new FlagView(f.id, f.ruleCode, f.ruleVersion, f.severity, f.settlementId, f.institutionCode,
                f.regionCode, f.personId, f.idNumberMasked, f.insuranceType, f.amountAtRisk, f.evidence, f.periodDate,
                f.detectedAt, f.status.name(), f.statusChangedAt, f.recoveredAmount,
                reviews == null ? null : reviews.stream().map(ReviewView::of).toList());
    }
}
