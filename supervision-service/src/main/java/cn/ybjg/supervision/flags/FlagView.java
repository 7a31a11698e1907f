package cn.ybjg.supervision.flags;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A flag as the API shows it (contract section 3); never the raw ID number, never its hash. */
public record FlagView(UUID id, String ruleCode, int ruleVersion, String severity, String settlementId,
        String institutionCode, String regionCode, String personId, String idNumberMasked, String insuranceType,
        BigDecimal amountAtRisk, Map<String, Object> evidence, LocalDate periodDate, OffsetDateTime detectedAt,
        String status, OffsetDateTime statusChangedAt) {

    static FlagView of(Flag f) {
        return new FlagView(f.id, f.ruleCode, f.ruleVersion, f.severity, f.settlementId, f.institutionCode,
                f.regionCode, f.personId, f.idNumberMasked, f.insuranceType, f.amountAtRisk, f.evidence, f.periodDate,
                f.detectedAt, f.status.name(), f.statusChangedAt);
    }
}
