package cn.ybjg.supervision.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ybjg.supervision.flags.Flag.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every transition of the review state machine, the note rule and the amount rules. */
class ReviewPolicyTest {
    static final BigDecimal RISK = new BigDecimal("1234.50");

    static ReviewRequest req(String decision, String note, String amount) {
        return new ReviewRequest(decision, note, amount == null ? null : new BigDecimal(amount));
    }

    @Test
    void everyAllowedTransition() {
        assertEquals(Status.CONFIRMED, ReviewPolicy.check(Status.OPEN, RISK, req("CONFIRMED", null, null)));
        assertEquals(Status.DISMISSED, ReviewPolicy.check(Status.OPEN, RISK, req("DISMISSED", "误报", null)));
        assertEquals(Status.OPEN, ReviewPolicy.check(Status.CONFIRMED, RISK, req("OPEN", "重新核定", null)));
        assertEquals(Status.OPEN, ReviewPolicy.check(Status.DISMISSED, RISK, req("OPEN", "重新核定", null)));
    }

    @Test
    void everyForbiddenTransitionIsAConflict() {
        record T(Status from, String to) {
        }
        List<T> forbidden = List.of(new T(Status.OPEN, "OPEN"), new T(Status.CONFIRMED, "CONFIRMED"),
                new T(Status.CONFIRMED, "DISMISSED"), new T(Status.DISMISSED, "DISMISSED"),
                new T(Status.DISMISSED, "CONFIRMED"), new T(Status.WITHDRAWN, "CONFIRMED"),
                new T(Status.WITHDRAWN, "DISMISSED"), new T(Status.WITHDRAWN, "OPEN"));
        for (T t : forbidden) {
            ReviewConflict e = assertThrows(ReviewConflict.class,
                    () -> ReviewPolicy.check(t.from(), RISK, req(t.to(), "a note", null)), t.toString());
            assertEquals("INVALID_TRANSITION", e.code, t.toString());
        }
        assertEquals("a CONFIRMED flag cannot be reviewed DISMISSED (re-open it first with decision OPEN and a note)",
                assertThrows(ReviewConflict.class, () -> ReviewPolicy.check(Status.CONFIRMED, RISK,
                        req("DISMISSED", "n", null))).getMessage());
        // 4 × 3 pairs: 4 allowed above, 8 forbidden here.
        int allowed = 0;
        for (Status from : Status.values()) {
            for (Status to : List.of(Status.OPEN, Status.CONFIRMED, Status.DISMISSED)) {
                if (ReviewPolicy.allowed(from, to)) allowed++;
            }
        }
        assertEquals(4, allowed);
    }

    @Test
    void noteRequiredToDismissAndToReopen() {
        assertEquals("note: is required to dismiss a flag", assertThrows(ReviewRejected.class,
                () -> ReviewPolicy.check(Status.OPEN, RISK, req("DISMISSED", "  ", null))).getMessage());
        assertEquals("note: is required to re-open a flag", assertThrows(ReviewRejected.class,
                () -> ReviewPolicy.check(Status.CONFIRMED, RISK, req("OPEN", null, null))).getMessage());
        assertEquals("decision: must be one of CONFIRMED, DISMISSED, OPEN", assertThrows(ReviewRejected.class,
                () -> ReviewPolicy.check(Status.OPEN, RISK, req("WITHDRAWN", "n", null))).getMessage());
        assertEquals("body", assertThrows(ReviewRejected.class,
                () -> ReviewPolicy.check(Status.OPEN, RISK, null)).errors.get(0).field());
    }

    @Test
    void recoveredAmountBounds() {
        assertEquals(Status.CONFIRMED, ReviewPolicy.check(Status.OPEN, RISK, req("CONFIRMED", null, "1234.50")));
        assertEquals(Status.CONFIRMED, ReviewPolicy.check(Status.OPEN, RISK, req("CONFIRMED", null, "0")));
        assertEquals("recoveredAmount: must not exceed the flag's amountAtRisk 1234.50", assertThrows(ReviewRejected.class,
                () -> ReviewPolicy.check(Status.OPEN, RISK, req("CONFIRMED", null, "1234.51"))).getMessage());
        assertEquals("recoveredAmount: must be at least 0", assertThrows(ReviewRejected.class,
                () -> ReviewPolicy.check(Status.OPEN, RISK, req("CONFIRMED", null, "-0.01"))).getMessage());
        assertEquals("recoveredAmount: must have at most 2 decimals", assertThrows(ReviewRejected.class,
                () -> ReviewPolicy.check(Status.OPEN, RISK, req("CONFIRMED", null, "1.005"))).getMessage());
        assertEquals("recoveredAmount: is only allowed with decision CONFIRMED", assertThrows(ReviewRejected.class,
                () -> ReviewPolicy.check(Status.OPEN, RISK, req("DISMISSED", "n", "1.00"))).getMessage());
        assertEquals("recoveredAmount: is only allowed with decision CONFIRMED", assertThrows(ReviewRejected.class,
                () -> ReviewPolicy.check(Status.DISMISSED, RISK, req("OPEN", "n", "0.00"))).getMessage());
        assertEquals(new BigDecimal("0.00"), ReviewPolicy.recovered(Status.CONFIRMED, null));
        assertEquals(new BigDecimal("12.30"), ReviewPolicy.recovered(Status.CONFIRMED, new BigDecimal("12.3")));
        assertNull(ReviewPolicy.recovered(Status.DISMISSED, null));
    }
}
