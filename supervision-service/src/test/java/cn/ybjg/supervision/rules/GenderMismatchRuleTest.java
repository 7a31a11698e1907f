package cn.ybjg.supervision.rules;

import static cn.ybjg.supervision.rules.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenderMismatchRuleTest {
    final GenderMismatchRule rule = new GenderMismatchRule();

    @Test
    void femaleOnlyDiagnosisForAManFires() {
        var s = stay("S1", "H43100200123", "2025-03-01", "2025-03-03", "O80.001", "3000.00");
        var found = rule.evaluate(settlements(s), rule.defaults(), ctx());
        assertEquals(1, found.size());
        assertEquals("O00-O9A", found.get(0).evidence().get("diagnosisRange"));
        assertEquals("FEMALE", found.get(0).evidence().get("restrictedTo"));
    }

    @Test
    void rangeBoundariesAreInclusive() {
        var o9a = stay("S1", "H43100200123", "2025-03-01", "2025-03-03", "O9A.2", "3000.00");
        var n98 = stay("S2", "H43100200123", "2025-04-01", "2025-04-03", "N98.100", "3000.00");
        var c63 = withGender(stay("S3", "H43100200123", "2025-05-01", "2025-05-03", "C63.000", "3000.00"), "2");
        var n40 = withGender(stay("S4", "H43100200123", "2025-05-05", "2025-05-06", "N40.x00", "3000.00"), "2");
        assertEquals(List.of("H43100200123:S1", "H43100200123:S2", "H43100200123:S3", "H43100200123:S4"),
                rule.evaluate(settlements(o9a, n98, c63, n40), rule.defaults(), ctx()).stream()
                        .map(Finding::subjectKey).toList());
    }

    @Test
    void cleanCasesDoNotFire() {
        var n69 = stay("S1", "H43100200123", "2025-03-01", "2025-03-03", "N69.000", "3000.00");
        var n99 = stay("S2", "H43100200123", "2025-03-01", "2025-03-03", "N99.000", "3000.00");
        var woman = withGender(stay("S3", "H43100200123", "2025-03-01", "2025-03-03", "O80.001", "3000.00"), "2");
        var manProstate = stay("S4", "H43100200123", "2025-03-01", "2025-03-03", "N40.x00", "3000.00");
        assertEquals(0, rule.evaluate(settlements(n69, n99, woman, manProstate), rule.defaults(), ctx()).size());
    }

    @Test
    void badRangesAreNamed() {
        assertEquals(List.of("maleOnly: every range must look like O00-O9A"),
                new GenderMismatchRule.Params(List.of("O00-O9A"), List.of("C60")).problems());
    }
}
