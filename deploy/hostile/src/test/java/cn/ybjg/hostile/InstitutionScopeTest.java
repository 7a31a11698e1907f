package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hospital files only for itself: another institution's code dressed in whitespace or control characters is
 * refused by the scope check (identifiers are normalised before it), and nothing of the record is stored.
 */
@NeedsStack
@Order(10)
class InstitutionScopeTest {
    static Stack stack;
    static ClaimsDb db;
    static String hospital;

    @BeforeAll
    static void stack() {
        stack = Stack.get();
        db = new ClaimsDb(stack.claimsJdbc);
        hospital = stack.tokens.hospital(Valid.OWN);
    }

    @ParameterizedTest(name = "JSON institutionCode: victim''s code + U+{0}")
    @ValueSource(strings = {"0020", "0009", "000A", "0000", "000D", "000B"})
    void aForeignInstitutionCodeWithATrailingBlankOrControlCharacterIsRefused(String codePoint) {
        String tail = Character.toString(Integer.parseInt(codePoint, 16));
        ObjectNode r = Valid.own(stack, "SCOPE").put("institutionCode", Valid.VICTIM + tail);
        refusedAndNotStored(stack.http.postJson(stack.claims + "/api/v1/settlements", hospital, Checks.json(List.of(r))), r);
    }

    @ParameterizedTest(name = "JSON institutionCode: U+{0} + victim''s code")
    @ValueSource(strings = {"0020", "0009", "0000"})
    void aForeignInstitutionCodeWithALeadingBlankOrControlCharacterIsRefused(String codePoint) {
        String head = Character.toString(Integer.parseInt(codePoint, 16));
        ObjectNode r = Valid.own(stack, "SCOPE").put("institutionCode", head + Valid.VICTIM);
        refusedAndNotStored(stack.http.postJson(stack.claims + "/api/v1/settlements", hospital, Checks.json(List.of(r))), r);
    }

    @ParameterizedTest(name = "CSV institutionCode cell {0}")
    @ValueSource(strings = {"\" H43100200456\"", "\"H43100200456 \"", "\"\tH43100200456\"", " H43100200456"})
    void aForeignInstitutionCodeQuotedWithBlanksInCsvIsRefused(String cell) {
        ObjectNode r = Valid.own(stack, "SCOPE");
        byte[] body = Csv.body(List.of(r), Map.of(0, Map.of("institutionCode", Csv.bytes(cell))));
        refusedAndNotStored(stack.http.post(stack.claims + "/api/v1/settlements", hospital, "text/csv", body), r);
    }

    @Test
    void aSecondInstitutionCodeMemberInTheSameObjectDoesNotSmuggleARecordIn() {
        ObjectNode r = Valid.own(stack, "SCOPE");
        String json = "[" + r.toString().replaceFirst("}$", ",\"institutionCode\":\"" + Valid.VICTIM + "\"}") + "]";
        Exchange e = stack.http.postJson(stack.claims + "/api/v1/settlements", hospital, json);
        assertEquals(Set.of(), db.stored(List.of(r.get("settlementId").asText())),
                "a record with a duplicated institutionCode member must not be stored: " + e.brief());
        org.junit.jupiter.api.Assertions.assertTrue(e.status() == 400 || e.status() == 422, e.brief());
    }

    @Test
    void theHospitalsOwnRecordIsStillAccepted() {
        ObjectNode r = Valid.own(stack, "SCOPE");
        Exchange e = stack.http.postJson(stack.claims + "/api/v1/settlements", hospital, Checks.json(List.of(r)));
        assertEquals(200, e.status(), e.brief());
        assertEquals(Set.of(r.get("settlementId").asText()), db.stored(List.of(r.get("settlementId").asText())));
    }

    private static void refusedAndNotStored(Exchange e, ObjectNode r) {
        Checks.assertRejected(e, 0, "institutionCode");
        assertEquals(Set.of(), db.stored(List.of(r.get("settlementId").asText())),
                "nothing of a refused record may be stored: " + e.where());
    }
}
