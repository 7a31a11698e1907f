package cn.ybjg.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The identifier fast path agrees with the pattern wherever it answers, and answers the usual case. */
class AsciiIdentifierTest {

    @Test
    void fastPathNeverAcceptsWhatThePatternRefuses() {
        String alphabet = "aZ09._-中x \t/é=+@\u0000Ⅻ";
        Random random = new Random(11);
        int accepted = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(6);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            if (FieldReader.isAsciiIdentifier(text)) {
                accepted++;
                assertTrue(FieldReader.IDENTIFIER.matcher(text).matches(), text);
            }
        }
        assertTrue(accepted > 1000, "the fast path answered too rarely to be tested: " + accepted);
    }

    @Test
    void usualIdentifiersTakeTheFastPath() {
        assertTrue(FieldReader.isAsciiIdentifier("S-2025-000123"));
        assertTrue(FieldReader.isAsciiIdentifier("P43100200001.a_b"));
        assertFalse(FieldReader.isAsciiIdentifier("-leading-dash"));
        assertFalse(FieldReader.isAsciiIdentifier(""));
        assertFalse(FieldReader.isAsciiIdentifier("患者01"), "not ASCII: left to the pattern, which accepts it");
        assertEquals(true, FieldReader.IDENTIFIER.matcher("患者01").matches());
    }
}
