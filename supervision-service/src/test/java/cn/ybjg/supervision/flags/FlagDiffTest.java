package cn.ybjg.supervision.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ybjg.supervision.rules.Finding;
import cn.ybjg.supervision.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diff shared by re-checks, applied replays and dry runs. */
class FlagDiffTest {

    static Finding finding(String subject, String amount) {
        return new Finding("NOT_ENROLLED", subject, Severity.DEFINITE, null, "h", "431002********1234", "P1", "431000",
                "310", new BigDecimal(amount), LocalDate.of(2025, 3, 1), Map.of());
    }

    static Flag flag(String subject, Flag.Status status, String amount) {
        Flag f = new Flag();
        f.id = Flag.idOf("NOT_ENROLLED", subject);
        f.ruleCode = "NOT_ENROLLED";
        f.subjectKey = subject;
        f.severity = "DEFINITE";
        f.status = status;
        f.amountAtRisk = new BigDecimal(amount);
        return f;
    }

    @Test
    void eachKindOfChangeAndReviewedFlagsLeftAlone() {
        List<Finding> findings = List.of(finding("new", "1.00"), finding("back", "2.00"), finding("moved", "3.01"),
                finding("same", "4.00"), finding("confirmed", "5.00"), finding("dismissed", "6.00"));
        List<Flag> stored = List.of(flag("back", Flag.Status.WITHDRAWN, "2.00"), flag("moved", Flag.Status.OPEN, "3.00"),
                flag("same", Flag.Status.OPEN, "4.00"), flag("gone", Flag.Status.OPEN, "7.00"),
                flag("confirmed", Flag.Status.CONFIRMED, "9.00"), flag("dismissed", Flag.Status.DISMISSED, "6.00"),
                flag("goneConfirmed", Flag.Status.CONFIRMED, "8.00"), flag("goneWithdrawn", Flag.Status.WITHDRAWN, "1.00"));
        List<FlagDiff.Change> diff = FlagDiff.of(findings, stored);
        assertEquals(List.of("OPEN new", "REOPEN back", "UPDATE moved", "REFRESH same", "WITHDRAW gone"),
                diff.stream().map(c -> c.kind() + " " + (c.finding() != null ? c.finding().subjectKey()
                        : c.stored().subjectKey)).toList());
    }
}
