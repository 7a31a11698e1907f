package cn.ybjg.supervision.review;

import cn.ybjg.supervision.flags.FlagReview;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** flag-reviews.v1 payload (docs/events.md); eventId = the review's id. */
public record ReviewEvent(int schemaVersion, UUID eventId, UUID flagId, String ruleCode, String regionCode,
        String decision, String note, BigDecimal recoveredAmount, String reviewer, OffsetDateTime reviewedAt) {

    static ReviewEvent of(FlagReview r, String ruleCode, String regionCode) {
        return new ReviewEvent(1, r.id, r.flagId, ruleCode, regionCode, r.decision, r.note, r.recoveredAmount,
                r.reviewer, r.reviewedAt);
    }
}
