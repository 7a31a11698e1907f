package cn.ybjg.claims.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.claims.TestRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import cn.ybjg.claims.intake.JsonBatchReader;
import cn.ybjg.claims.intake.FieldError;
import cn.ybjg.claims.intake.Validated;
import cn.ybjg.claims.intake.FieldReader;

/**
 * Hostile values in settlement fields: each is a field error naming the field, computed without expanding what
 * was sent, and echoed (if at all) without control characters or ID numbers.
 */
class HostileFieldsTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    final SettlementValidator validator = new SettlementValidator(Set.of("310", "390"), Set.of("11", "14", "21"));

    ObjectNode valid() {
        return TestRecords.settlement("S0001", "H43100200123", SettlementValidatorTest.VALID_ID);
    }

    List<String> fields(JsonNode record) {
        Validated<Settlement> result = validator.validate(record, NOW);
        assertFalse(result.ok(), "expected a rejection");
        return result.errors().stream().map(FieldError::field).toList();
    }

    /** A record as the JSON reader of the API sees it (exact decimals, exponents kept). */
    static JsonNode parsed(String json) {
        return JsonBatchReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 10).get(0);
    }

    @Test
    void hugeExponentsAreFieldErrorsNotOutOfMemory() {
        for (String amount : List.of("1E+999999999", "1e2147483647", "-1E+999999999", "1E-999999999", "0E+999999999")) {
            String json = valid().toString().replace("\"totalCost\":36500.00", "\"totalCost\":" + amount);
            List<FieldError> errors = validator.validate(parsed(json), NOW).errors();
            assertEquals(List.of("totalCost"), errors.stream().map(FieldError::field).toList(), amount);
            assertTrue(errors.get(0).message().length() < 120, () -> "the message echoes the text, not an expansion: "
                    + errors.get(0).message());
        }
        assertEquals(List.of("totalCost"), fields(valid().put("totalCost", "1e2147483648")));
        assertEquals(List.of("totalCost"), fields(valid().put("totalCost", "9".repeat(5000))));
        assertEquals(List.of("totalCost", "policyScopeCost"), fields(valid().put("totalCost", "１２３").put("policyScopeCost", "٣")),
                "digits of other scripts are not numbers");
    }

    @Test
    void aNumberNoBigDecimalHoldsIsAFieldErrorOfItsRecordOnly() {
        for (String amount : List.of("1e-2147483648", "1E+2147483648")) {
            String json = "[" + valid().toString().replace("\"totalCost\":36500.00", "\"totalCost\":" + amount) + ","
                    + valid() + "]";
            List<JsonNode> records = JsonBatchReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 10);
            List<FieldError> errors = validator.validate(records.get(0), NOW).errors();
            assertEquals(List.of("totalCost"), errors.stream().map(FieldError::field).toList(), amount);
            assertTrue(validator.validate(records.get(1), NOW).ok(), "the other record of the batch is read");
        }
    }

    @Test
    void quantitiesHaveBoundedDecimals() {
        ObjectNode r = valid();
        ((ObjectNode) r.get("lines").get(0)).put("quantity", "1E-999999999");
        assertEquals(List.of("lines[0].quantity"), fields(r));
        ((ObjectNode) r.get("lines").get(0)).put("quantity", "0.125");
        assertTrue(validator.validate(r, NOW).ok());
    }

    @Test
    void controlCharactersInIdentifiersAreFieldErrors() {
        assertEquals(List.of("personId"), fields(valid().put("personId", "P1\u0000")));
        assertEquals(List.of("settlementId"), fields(valid().put("settlementId", "S0001\u0000")));
        assertEquals(List.of("institutionCode"), fields(valid().put("institutionCode", "H43100200123\u0000")));
        assertEquals(List.of("secondaryDiagnoses[0]"), fields((ObjectNode) valid().set("secondaryDiagnoses",
                TestRecords.JSON.createArrayNode().add("E11.900\u0000"))));
    }

    @Test
    void surroundingWhiteSpaceIsRemovedBeforeAnyCheck() {
        Validated<Settlement> result = validator.validate(valid().put("institutionCode", " H43100200123\t\n")
                .put("settlementId", "S0001 "), NOW);
        assertTrue(result.ok(), () -> result.errors().toString());
        assertEquals("H43100200123", result.value().institutionCode());
        assertEquals("S0001", result.value().settlementId());
        assertEquals("H43100200123", FieldReader.normalizedText(valid().put("institutionCode", "H43100200123 "), "institutionCode"));
    }

    @Test
    void identifiersRefuseFormulasMarkupLineBreaksOverridesAndPaths() {
        for (String hostile : List.of("=cmd|' /C calc'!A0", "+SUM(A1)", "@A1", "-2+3", "<script>x</script>", "S1\r\nX",
                "S1\u202Egpj", "../../etc/passwd", "S 1", "S1/2")) {
            assertEquals(List.of("settlementId"), fields(valid().put("settlementId", hostile)), hostile);
            assertEquals(List.of("personId"), fields(valid().put("personId", hostile)), hostile);
        }
        assertTrue(validator.validate(valid().put("personId", "湘A-0001_x.2"), NOW).ok(), "letters of any script");
    }

    @Test
    void aPersonIdThatIsAnIdNumberIsRefusedWithoutEchoingIt() {
        for (String personId : List.of(SettlementValidatorTest.VALID_ID, "P" + SettlementValidatorTest.VALID_ID)) {
            List<FieldError> errors = validator.validate(valid().put("personId", personId), NOW).errors();
            assertEquals(List.of("personId"), errors.stream().map(FieldError::field).toList());
            assertFalse(errors.get(0).message().contains(SettlementValidatorTest.VALID_ID));
        }
    }

    @Test
    void echoedValuesShowControlAndFormatCharactersEscaped() {
        assertEquals("a\\u000Ab\\u202Ec", FieldReader.abbreviate("a\nb\u202Ec"));
    }
}
