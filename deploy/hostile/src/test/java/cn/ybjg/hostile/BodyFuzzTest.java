package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Whole bodies that are not a batch (truncated, nested past any sane depth, the wrong JSON type, the wrong
 * encoding, over 10,000 records) are refused whole with a 4xx and store nothing; CSV bodies with formulas,
 * bidi overrides, markup, line breaks inside quotes and bytes that are not UTF-8 (huge exponents: AmountTest) are answered
 * row by row (or refused whole with 400), never with a 5xx, and exactly the rows answered as accepted are stored.
 */
@NeedsStack
@Order(85)
class BodyFuzzTest {
    static final int CSV_BODIES = 24;
    static final int CSV_ROWS = 50;
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
    void bodiesThatAreNoBatchAreRefusedWholeAndStoreNothing() {
        ObjectNode r = Valid.record(stack, "BODY");
        String one = r.toString();
        String sid = r.get("settlementId").asText();
        List<byte[]> bodies = new ArrayList<>();
        for (int cut : new int[] {1, 17, one.length() / 2, one.length() - 1}) {
            bodies.add(utf8("[" + one.substring(0, cut)));
        }
        bodies.add(utf8("[" + one + "," + "[".repeat(5_000) + "]".repeat(5_000) + "]"));
        bodies.add(utf8("[" + one + "," + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000) + "]"));
        bodies.add(utf8("[" + one + "]" + "]"));
        bodies.add(utf8("[" + one + "] trailing"));
        for (String s : List.of("", "null", "[]", "[1,2,3]", "\"x\"", "42", "true", "[null]", "[[]]", "{", "\u0000",
                "[" + "1e999999999" + "]", "{\"settlementId\":" + "9".repeat(100_000) + "}")) {
            bodies.add(utf8(s));
        }
        bodies.add(utf8("[" + "{},".repeat(10_000) + one + "]"));        // 10,001 records
        List<String> wrong = new ArrayList<>();
        for (byte[] body : bodies) {
            Exchange e = stack.http.post(stack.claims + "/api/v1/settlements", admin, "application/json", body);
            if (e.status() < 400 || e.status() >= 500 || e.status() == 422 && e.body().contains(sid)) {
                wrong.add(e.status() + " for a body of " + body.length + " bytes starting "
                        + IdRebuild.redact(new String(body, 0, Math.min(40, body.length), StandardCharsets.UTF_8)));
            }
        }
        assertAll(
                () -> assertEquals(List.of(), wrong, "bodies that are no batch must get a 4xx:" + Checks.listing(wrong, 20)),
                () -> assertEquals(Set.of(), db.stored(List.of(sid)), "the valid record inside a refused body was stored"),
                () -> Health.assertUp(stack));
    }

    @Test
    void csvBodiesWithHostileCellsAreAnsweredRowByRowAndStoreExactlyTheAcceptedRows() {
        Random random = new Random(stack.seed + 7);
        List<String> wrongBodies = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        Set<String> accepted = new HashSet<>();
        Set<String> refused = new HashSet<>();
        for (int b = 0; b < CSV_BODIES; b++) {
            boolean invalidUtf8 = b % 4 == 3;
            List<ObjectNode> rows = new ArrayList<>();
            Map<Integer, Map<String, byte[]>> raw = new HashMap<>();
            Map<Integer, String> mustRefuse = new HashMap<>();
            for (int i = 0; i < CSV_ROWS; i++) {
                ObjectNode r = Valid.record(stack, "CSV");
                rows.add(r);
                int kind = random.nextInt(9);
                String person = r.get("personId").asText();
                switch (kind) {
                    case 0 -> { raw.put(i, Map.of("personId", Csv.bytes("\"=cmd|' /C calc'!A0\""))); mustRefuse.put(i, "personId"); }
                    case 1 -> { raw.put(i, Map.of("personId", Csv.bytes("\u202E" + person))); mustRefuse.put(i, "personId"); }
                    case 2 -> { raw.put(i, Map.of("personId", Csv.bytes("\"<script>alert(1)</script>\""))); mustRefuse.put(i, "personId"); }
                    case 3 -> { raw.put(i, Map.of("personId", Csv.bytes("\"" + person + "\r\nX\""))); mustRefuse.put(i, "personId"); }
                    case 4 -> {
                        if (invalidUtf8) {
                            raw.put(i, Map.of("primaryDiagnosis", new byte[] {'I', '2', '1', (byte) 0xFF, (byte) 0xC0, (byte) 0xAF, (byte) 0x80}));
                        }
                    }
                    default -> { }
                }
            }
            byte[] body = Csv.body(rows, raw);
            if (b % 6 == 1) {
                body = withBom(body);
            }
            Exchange e = stack.http.post(stack.claims + "/api/v1/settlements", admin, "text/csv", body);
            if (e.serverError() || e.status() != 200 && e.status() != 422 && e.status() != 400) {
                wrongBodies.add("CSV body " + b + (invalidUtf8 ? " (bytes that are not UTF-8)" : "") + ": " + e.brief());
                rows.forEach(r -> refused.add(r.get("settlementId").asText()));
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                String sid = rows.get(i).get("settlementId").asText();
                boolean rejected = e.status() == 400 || !Checks.rejectedFields(e, i).isEmpty();
                (rejected ? refused : accepted).add(sid);
                String field = mustRefuse.get(i);
                List<String> named = Checks.rejectedFields(e, i);
                // bytes that are not UTF-8 may switch the decoding of the whole body (GB18030)
                boolean ok = field == null || e.status() == 400 || invalidUtf8
                        || named.stream().anyMatch(f -> Checks.names(f, field));
                if (!ok) {
                    wrong.add("CSV body " + b + " row " + i + ": a hostile " + field + " was not refused naming it, got " + named);
                }
            }
        }
        Set<String> storedAccepted = db.stored(accepted);
        Set<String> storedRefused = db.stored(refused);
        assertAll(
                () -> assertEquals(List.of(), wrongBodies, wrongBodies.size() + " CSV bodies answered 5xx or not at all:"
                        + Checks.listing(wrongBodies, 10)),
                () -> assertEquals(List.of(), wrong, wrong.size() + " wrong CSV answers:" + Checks.listing(wrong, 20)),
                () -> assertEquals(accepted.size(), storedAccepted.size(), "CSV rows answered as accepted but not stored"),
                () -> assertEquals(Set.of(), storedRefused, "CSV rows answered as refused but stored"),
                () -> Health.assertUp(stack));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(body);
        return out.toByteArray();
    }
}
