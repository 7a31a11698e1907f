package cn.ybjg.supervision.review;

import cn.ybjg.kit.FieldProblem;
import cn.ybjg.supervision.flags.Flag.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review state machine: OPEN → CONFIRMED | DISMISSED, and CONFIRMED | DISMISSED → OPEN (re-opened, with a
 * note). Nothing else: a reviewed flag changes its decision only by being re-opened first, and a WITHDRAWN flag
 * (its facts are gone) is not reviewed. A note is required for DISMISSED and OPEN; recoveredAmount (追回金额) only
 * on CONFIRMED, 0 ≤ amount ≤ amountAtRisk with at most 2 decimals (absent means 0.00).
 */
public final class ReviewPolicy {
    private ReviewPolicy() {
    }

    static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.OPEN, Set.of(Status.CONFIRMED, Status.DISMISSED),
            Status.CONFIRMED, Set.of(Status.OPEN),
            Status.DISMISSED, Set.of(Status.OPEN),
            Status.WITHDRAWN, Set.of());

    public static boolean allowed(Status from, Status to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Checks the request against the flag; returns the decision or throws {@link ReviewRejected} / {@link ReviewConflict}. */
    public static Status check(Status current, BigDecimal amountAtRisk, ReviewRequest r) {
        List<FieldProblem> errors = new ArrayList<>();
        Status decision = null;
        if (r == null) throw new ReviewRejected(List.of(new FieldProblem("body", "a JSON object {decision, note, recoveredAmount} is required")));
        if (r.decision() == null || !Set.of("CONFIRMED", "DISMISSED", "OPEN").contains(r.decision())) {
            errors.add(new FieldProblem("decision", "must be one of CONFIRMED, DISMISSED, OPEN"));
        } else {
            decision = Status.valueOf(r.decision());
        }
        boolean noNote = r.note() == null || r.note().isBlank();
        if (decision == Status.DISMISSED && noNote) errors.add(new FieldProblem("note", "is required to dismiss a flag"));
        if (decision == Status.OPEN && noNote) errors.add(new FieldProblem("note", "is required to re-open a flag"));
        if (r.note() != null && r.note().length() > 2000) errors.add(new FieldProblem("note", "must be at most 2000 characters"));
        BigDecimal amount = r.recoveredAmount();
        if (amount != null) {
            if (decision != null && decision != Status.CONFIRMED) {
                errors.add(new FieldProblem("recoveredAmount", "is only allowed with decision CONFIRMED"));
            } else if (amount.signum() < 0) {
                errors.add(new FieldProblem("recoveredAmount", "must be at least 0"));
            } else if (amount.stripTrailingZeros().scale() > 2) {
                errors.add(new FieldProblem("recoveredAmount", "must have at most 2 decimals"));
            } else if (amount.compareTo(amountAtRisk) > 0) {
                errors.add(new FieldProblem("recoveredAmount", "must not exceed the flag's amountAtRisk " + amountAtRisk.toPlainString()));
            }
        }
        if (!errors.isEmpty()) throw new ReviewRejected(errors);
        if (!allowed(current, decision)) {
            throw new ReviewConflict("INVALID_TRANSITION", "a " + current + " flag cannot be reviewed " + decision
                    + (current == Status.WITHDRAWN ? " (withdrawn flags are not reviewed)"
                    : current == Status.OPEN ? " (it is already OPEN)" : " (re-open it first with decision OPEN and a note)"));
        }
        return decision;
    }

    /** The amount recorded with a decision: the given one (scale 2) on CONFIRMED, else none. */
    public static BigDecimal recovered(Status decision, BigDecimal requested) {
        if (decision != Status.CONFIRMED) return null;
        return (requested == null ? BigDecimal.ZERO : requested).setScale(2);
    }
}
