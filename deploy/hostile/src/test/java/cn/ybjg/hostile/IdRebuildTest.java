package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.bench.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The scanner itself, without a stack: it finds what it must and nothing else. */
class IdRebuildTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ID = Samples.idNumber("431002", LocalDate.of(1984, 3, 7), 411);

    @Test
    void findsAWrittenOutIdNumberAndOnlyAValidOne() {
        assertTrue(IdRebuild.checks(ID));
        assertEquals(1, IdRebuild.writtenOut("patient " + ID + " admitted"));
        assertEquals(1, IdRebuild.writtenOut("{\"x\":\"" + ID.toLowerCase() + "\"}"));
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
        assertEquals(0, IdRebuild.writtenOut("patient " + wrongCheck));
        assertEquals(0, IdRebuild.writtenOut("a" + ID), "part of a longer token");
        assertEquals(0, IdRebuild.writtenOut(ID + "7"), "19 digits");
        assertEquals("patient [ID NUMBER] admitted", IdRebuild.redact("patient " + ID + " admitted"));
    }

    @Test
    void findsAMaskNextToTheBirthDateThatRebuildsTheNumber() throws Exception {
        String masked = ID.substring(0, 6) + "********" + ID.substring(14);
        JsonNode leaky = JSON.readTree("[{\"idNumberMasked\":\"" + masked + "\",\"birthDate\":\"1984-03-07\"}]");
        assertEquals(1, IdRebuild.findings(leaky).size());
        JsonNode nested = JSON.readTree("{\"birthDate\":\"1984-03-07\",\"person\":{\"idNumberMasked\":\"" + masked + "\"}}");
        assertEquals(1, IdRebuild.findings(nested).size(), "a birth date one level up rebuilds it too");
        JsonNode safe = JSON.readTree("[{\"idNumberMasked\":\"" + masked + "\",\"birthYear\":1984}]");
        assertEquals(0, IdRebuild.findings(safe).size());
        JsonNode escaped = JSON.readTree("{\"note\":\"\\u0000" + ID + "\"}");
        assertFalse(IdRebuild.findings(escaped).isEmpty(), "a number behind a JSON escape is found in the decoded text");
    }
}
