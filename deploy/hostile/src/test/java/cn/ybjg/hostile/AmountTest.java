package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 1 KB request cannot exhaust the heap: amounts with huge exponents are a field error naming the amount (no
 * 5xx, no plain-string expansion), and claims-service is still healthy afterwards. Runs after the fuzz, which
 * holds the same numbers among thousands of others.
 */
@NeedsStack
@Order(90)
class AmountTest {
    static Stack stack;
    static ClaimsDb db;

    @BeforeAll
    static void stack() {
        stack = Stack.get();
        db = new ClaimsDb(stack.claimsJdbc);
    }

    @ParameterizedTest(name = "JSON {0} = {1}")
    @CsvSource({"totalCost,1E+999999999", "totalCost,1e2147483647", "cashPayment,1E+999999999",
        "fundPayment,1e2147483647", "seriousIllnessPayment,1e-2147483648"})
    void anAmountWithAHugeExponentIsAFieldError(String field, String number) {
        ObjectNode r = Valid.record(stack, "AMT");
        r.putRawValue(field, new RawValue(number));
        Exchange e = stack.http.postJson(stack.claims + "/api/v1/settlements", stack.tokens.admin(), Checks.json(List.of(r)));
        Checks.assertRejected(e, 0, field);
        assertEquals(Set.of(), db.stored(List.of(r.get("settlementId").asText())), "a refused record was stored");
        Health.assertUp(stack);
    }

    @ParameterizedTest(name = "CSV {0} = {1}")
    @CsvSource({"totalCost,1E+999999999", "fundPayment,1e2147483647"})
    void aCsvAmountWithAHugeExponentIsAFieldError(String field, String number) {
        ObjectNode r = Valid.record(stack, "AMT");
        byte[] body = Csv.body(List.of(r), Map.of(0, Map.of(field, Csv.bytes(number))));
        Exchange e = stack.http.post(stack.claims + "/api/v1/settlements", stack.tokens.admin(), "text/csv", body);
        Checks.assertRejected(e, 0, field);
        assertEquals(Set.of(), db.stored(List.of(r.get("settlementId").asText())), "a refused record was stored");
        Health.assertUp(stack);
    }
}
