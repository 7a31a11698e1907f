package cn.ybjg.supervision.flags;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A review as GET /flags/{id} shows it. */
public record ReviewView(UUID id, String previousStatus, String decision, String note, BigDecimal recoveredAmount,
        String reviewer, OffsetDateTime reviewedAt) {

    static ReviewView of(FlagReview r) {
        return new ReviewView(r.id, r.previousStatus, r.decision, r.note, r.recoveredAmount, r.reviewer, r.reviewedAt);
    }
}
