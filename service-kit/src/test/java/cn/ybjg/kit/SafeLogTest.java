package cn.ybjg.kit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SafeLogTest {

    @Test
    void idNumbersInAnyMessageOfTheChainAreMasked() {
        String id = "43100219600501123X";
        Exception e = new IllegalStateException("insert failed", new SQLException(
                "duplicate key value: Key (id_number)=(" + id + ") already exists", "23505"));
        String text = SafeLog.describe(e);
        assertFalse(text.contains(id), text);
        assertTrue(text.contains("IllegalStateException: insert failed"), text);
        assertTrue(text.contains("caused by: java.sql.SQLException"), text);
        assertTrue(text.contains("\tat "), text);
    }

    @Test
    void longerDigitRunsAreLeftAlone() {
        assertTrue(SafeLog.redact("order 12345678901234567890").contains("12345678901234567890"));
    }
}
