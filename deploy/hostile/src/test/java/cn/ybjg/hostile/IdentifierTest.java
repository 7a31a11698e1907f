package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ybjg.bench.Samples;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Identifiers are identifiers: an ID number is not a personId, a NUL is not part of a key (and is not silently
 * dropped from it), and formulas, markup, line breaks, bidi overrides and paths are field errors. Each bad record
 * is refused alone: the valid records of the same batch are stored.
 */
@NeedsStack
@Order(20)
class IdentifierTest {
    static Stack stack;
    static ClaimsDb db;
    static String admin;

    @BeforeAll
    static void stack() {
        stack = Stack.get();
        db = new ClaimsDb(stack.claimsJdbc);
        admin = stack.tokens.admin();
    }

    @Test
    void aPersonIdThatIsAValidIdNumberIsRefused() {
        ObjectNode r = Valid.record(stack, "PID");
        r.put("personId", Samples.idNumber("431002", LocalDate.of(1984, 3, 7), 411));
        Exchange e = post(List.of(r));
        Checks.assertRejected(e, 0, "personId");
        assertNotStored(r, e);
    }

    @Test
    void aNulInPersonIdIsAFieldErrorAndTheRestOfTheBatchIsStored() {
        ObjectNode before = Valid.record(stack, "NUL");
        ObjectNode bad = Valid.record(stack, "NUL");
        ObjectNode after = Valid.record(stack, "NUL");
        bad.put("personId", bad.get("personId").asText() + "\u0000X");
        Exchange e = post(List.of(before, bad, after));
        Checks.assertRejected(e, 1, "personId");
        assertNotStored(bad, e);
        assertEquals(Set.of(id(before), id(after)), db.stored(List.of(id(before), id(after))),
                "the valid records around the bad one must be stored: " + e.brief());
    }

    @Test
    void aNulInSettlementIdIsAFieldErrorNotSilentlyDropped() {
        ObjectNode trailing = Valid.record(stack, "NULS");
        ObjectNode inside = Valid.record(stack, "NULS");
        ObjectNode valid = Valid.record(stack, "NULS");
        String trailingKey = id(trailing);
        String insideKey = id(inside);
        trailing.put("settlementId", trailingKey + "\u0000");
        inside.put("settlementId", insideKey.substring(0, 4) + "\u0000" + insideKey.substring(4));
        Exchange e = post(List.of(trailing, inside, valid));
        Checks.assertRejected(e, 0, "settlementId");
        Checks.assertRejected(e, 1, "settlementId");
        assertEquals(0, db.countContaining(trailingKey) + db.countContaining(insideKey.substring(4)),
                "a settlementId with a NUL must not be stored, not even with the NUL stripped: " + e.brief());
        assertEquals(Set.of(id(valid)), db.stored(List.of(id(valid))), "the valid record must be stored: " + e.brief());
    }

    /** The payload goes in front of the record's own run-unique value: no key conflict, no length error. */
    @ParameterizedTest(name = "{0} = {1}…")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "settlementId|`=cmd|'/C calc'!A0`", "personId|`=cmd|'/C calc'!A0`", "personId|`@SUM(1+1)*cmd|'/C x'`",
        "settlementId|<script>x</script>", "personId|<img src=x onerror=y>",
        "settlementId|S1\\r\\nX-Injected: 1", "personId|P1\\r\\nP2",
        "settlementId|S1\\u202Egpj.exe", "personId|\\u202EP1",
        "settlementId|../../etc/passwd", "personId|..\\\\..\\\\boot.ini"})
    void anIdentifierWithAFormulaMarkupLineBreakBidiOverrideOrPathIsAFieldError(String field, String escaped) {
        ObjectNode bad = Valid.record(stack, "IDC");
        ObjectNode valid = Valid.record(stack, "IDC");
        String personId = bad.get("personId").asText();
        String payload = unescape(escaped) + bad.get(field).asText();
        org.junit.jupiter.api.Assertions.assertTrue(payload.length() <= 40, "the probe must fit the length limit");
        bad.put(field, payload);
        Exchange e = post(List.of(bad, valid));
        Checks.assertRejected(e, 0, field);
        assertEquals(0, db.countStartingWith(personId) + (field.equals("settlementId") ? 0 : db.stored(List.of(id(bad))).size()),
                "nothing of the refused record may be stored: " + e.brief());
        assertEquals(Set.of(id(valid)), db.stored(List.of(id(valid))), "the valid record must be stored: " + e.brief());
    }

    static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n").replace("\\u202E", "\u202E").replace("\\\\", "\\");
    }

    private static Exchange post(List<ObjectNode> records) {
        return stack.http.postJson(stack.claims + "/api/v1/settlements", admin, Checks.json(records));
    }

    private static String id(ObjectNode r) {
        return r.get("settlementId").asText();
    }

    private static void assertNotStored(ObjectNode r, Exchange e) {
        assertEquals(Set.of(), db.stored(List.of(id(r))), "nothing of a refused record may be stored: " + e.where());
    }
}
