package cn.ybjg.supervision.review;

import cn.ybjg.supervision.audit.AuditEntry;
import cn.ybjg.supervision.audit.AuditTrail;
import cn.ybjg.supervision.flags.Flag;
import cn.ybjg.supervision.flags.FlagEvent;
import cn.ybjg.supervision.flags.FlagOutbox;
import cn.ybjg.supervision.flags.FlagReview;
import cn.ybjg.supervision.flags.FlagView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.StaleStateException;

/**
 * Records a review: the flag's status moves under its optimistic lock (of two concurrent reviews one wins, the
 * other gets {@link ReviewConflict}), the review is kept, the flag goes out again on flags.v1 and the review on
 * flag-reviews.v1 through the outbox, and the audit log gets the act, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class ReviewService {
    static final String TOPIC = "flag-reviews.v1";

    @Inject
    Clock clock;
    @Inject
    ObjectMapper mapper;
    @Inject
    AuditTrail audit;

    public Optional<FlagView> review(UUID id, ReviewRequest r, String reviewer, Optional<List<String>> scope) {
        Flag f = Flag.findById(id);
        if (f == null || scope.isPresent() && !scope.get().contains(f.regionCode)) return Optional.empty();
        Flag.Status from = f.status;
        Flag.Status decision = ReviewPolicy.check(from, f.amountAtRisk, r);
        OffsetDateTime now = OffsetDateTime.now(clock);
        f.status = decision;
        f.statusChangedAt = now;
        f.recoveredAmount = ReviewPolicy.recovered(decision, r.recoveredAmount());
        try {
            Flag.getEntityManager().flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ReviewConflict("CONCURRENT_REVIEW", "flag " + id + " was changed by someone else meanwhile");
        }
        FlagReview review = new FlagReview();
        review.id = UUID.randomUUID();
        review.flagId = id;
        review.previousStatus = from.name();
        review.decision = decision.name();
        review.note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        review.recoveredAmount = f.recoveredAmount;
        review.reviewer = reviewer;
        review.reviewedAt = now;
        review.persist();
        FlagOutbox.add("flags.v1", f.idNumberHash, id, json(FlagEvent.of(f)), now);
        FlagOutbox.add(TOPIC, f.idNumberHash, id, json(ReviewEvent.of(review, f.ruleCode, f.regionCode)), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reviewId", review.id.toString());
        details.put("ruleCode", f.ruleCode);
        details.put("regionCode", f.regionCode);
        details.put("from", from.name());
        details.put("decision", decision.name());
        details.put("note", review.note);
        details.put("recoveredAmount", review.recoveredAmount);
        audit.record(reviewer, AuditEntry.Action.REVIEW, "flag:" + id, details);
        return Optional.of(FlagView.of(f, FlagReview.ofFlag(id)));
    }

    private String json(Object event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("review event not serializable: " + e.getMessage(), e);
        }
    }
}
