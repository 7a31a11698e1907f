package cn.ybjg.hostile;

import cn.ybjg.bench.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Breaks a valid settlement record the way an attacker would rather than a careless billing system: control
 * characters, spreadsheet formulas, markup, bidi overrides and paths in identifiers, numbers with huge
 * exponents, deep nesting, wrong JSON types, unknown and smuggled fields, an ID number used as personId.
 * Complements bench's {@code Mutations} (typing errors); every record here must be rejected naming one of
 * {@code fields} (an error on {@code lines[2].amount} names {@code lines}). Pure and deterministic for a Random.
 */
public final class HostileRecords {

    public enum Kind { CONTROL_CHARACTER, FORMULA, MARKUP, BIDI, PATH, HUGE_EXPONENT, NUMBER_AS_JUNK, DEEP_NESTING,
        WRONG_TYPE, OVERSIZED, UNKNOWN_FIELD, PERSON_ID_IS_ID_NUMBER, DATE_EDGE }

    static final List<String> IDENTIFIERS = List.of("settlementId", "personId", "institutionCode", "regionCode",
            "primaryDiagnosis", "insuranceType", "medicalType", "gender");
    /** Free-form identifiers: a character-set check, not a pattern, is what stands between them and the payload. */
    static final List<String> FREE_IDENTIFIERS = List.of("settlementId", "personId");
    static final List<String> MONEY = List.of("totalCost", "policyScopeCost", "fundPayment", "cashPayment",
            "seriousIllnessPayment", "medicalAssistancePayment", "personalAccountPayment");
    /*
     * Payloads of at most 21 characters, written in front of the record's own (run-unique, <= 19 characters) value:
     * the result is unique, so a rejection cannot come from a key conflict with an earlier run, and fits the
     * 40-character limit, so it cannot come from the length either.
     */
    static final List<String> FORMULAS = List.of("=cmd|'/C calc'!A0", "=HYPERLINK(\"x\")", "@SUM(1+1)*cmd|'/C x'",
            "+cmd|'/C x'!A1", "-2+3+cmd|'/C x'!A0", "=1+1");
    static final List<String> MARKUP = List.of("<script>x</script>", "<img src=x onerror=y>", "\"><svg onload=y>",
            "<a href=javascript:y>");
    static final List<String> PATHS = List.of("../../etc/passwd", "..\\..\\win.ini", "S1/../../admin", "/etc/shadow",
            "./../x");
    static final List<String> BIDI = List.of("\u202E", "\u2066", "\u200F", "\u202D", "\u2067");
    /** Control characters that no trimming removes at the ends, and those only allowed nowhere (any position). */
    static final List<String> CONTROLS_ANYWHERE = List.of("\u0000", "\u0001", "\u001b", "\u007f", "\u0008");
    static final List<String> CONTROLS_INSIDE = List.of("\t", "\n", "\r", "\r\n", "\u000b", "\u000c");
    static final List<String> EXPONENTS = List.of("1E+999999999", "1e2147483647", "-1e-2147483648", "9.99e99999",
            "1e-999999999", "1E+2147483648", "12e-3", "1e400");
    static final List<String> JUNK_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "0x1F", "1_000",
            "1,000.00", "12.5元", "1e", "--1", "+-0", "9".repeat(400), "0." + "0".repeat(300) + "1", "1.2.3");
    static final List<String> DATES = List.of("+999999999-12-31", "2025-02-29", "20250101",
            "2025-1-1", "0000-00-00", "9999-12-31", "2025-06-01T00:00:00Z", "１９９０-01-01");
    static final List<String> TIMES = List.of("+275760-09-13T00:00:00Z", "2025-01-01T00:00:00+18:01",
            "2025-13-01T00:00:00+08:00", "2025-06-01T24:00:01+08:00", "1735689600x", "2025-06-01T00:00:00+08:00[Asia/Shanghai]x");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One broken record. */
    public record Broken(ObjectNode record, Kind kind, List<String> fields) {
    }

    private HostileRecords() {
    }

    /** The i-th hostile record made from a valid one: kinds in turn, variants from the random stream. */
    public static Broken mutate(ObjectNode valid, int i, Random random) {
        ObjectNode r = valid.deepCopy();
        Kind kind = Kind.values()[i % Kind.values().length];
        return switch (kind) {
            case CONTROL_CHARACTER -> controlCharacter(r, random);
            case FORMULA -> prefixed(r, kind, pick(FREE_IDENTIFIERS, random), pick(FORMULAS, random));
            case MARKUP -> prefixed(r, kind, pick(FREE_IDENTIFIERS, random), pick(MARKUP, random));
            case BIDI -> {
                String f = pick(IDENTIFIERS, random);
                String v = r.path(f).asText();
                int at = random.nextInt(v.length() + 1);
                yield set(r, kind, f, NODES.textNode(v.substring(0, at) + pick(BIDI, random) + v.substring(at)));
            }
            case PATH -> prefixed(r, kind, pick(FREE_IDENTIFIERS, random), pick(PATHS, random));
            case HUGE_EXPONENT -> {
                // a number token no JSON tree can hold as written; the sum check may name another amount
                r.putRawValue(pick(MONEY, random), new RawValue(pick(EXPONENTS, random)));
                yield new Broken(r, kind, MONEY);
            }
            case NUMBER_AS_JUNK -> {
                r.put(pick(MONEY, random), pick(JUNK_NUMBERS, random));
                yield new Broken(r, kind, MONEY);
            }
            case DEEP_NESTING -> deepNesting(r, random);
            case WRONG_TYPE -> wrongType(r, random);
            case OVERSIZED -> oversized(r, random);
            case UNKNOWN_FIELD -> {
                String f = pick(List.of("__proto__", "constructor", "idNumber ", "institutionCode\u0000", "status",
                        "idNumberHash", "$where"), random);
                r.set(f, NODES.objectNode().put("institutionCode", "H44180200101"));
                yield new Broken(r, kind, List.of(f));
            }
            case PERSON_ID_IS_ID_NUMBER -> {
                LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
                String id = Samples.idNumber(pick(List.of("431002", "431021", "441802"), random), birth, random.nextInt(1000));
                yield set(r, kind, "personId", NODES.textNode(random.nextBoolean() ? id : id.toLowerCase()));
            }
            case DATE_EDGE -> random.nextInt(3) == 0
                    ? set(r, kind, "settlementTime", NODES.textNode(pick(TIMES, random)))
                    : set(r, kind, pick(List.of("birthDate", "admissionDate"), random), NODES.textNode(pick(DATES, random)));
        };
    }

    private static Broken controlCharacter(ObjectNode r, Random random) {
        String f = pick(IDENTIFIERS, random);
        String v = r.path(f).asText();
        boolean inside = random.nextBoolean() && v.length() > 1;
        String c = inside ? pick(random.nextBoolean() ? CONTROLS_INSIDE : CONTROLS_ANYWHERE, random) : pick(CONTROLS_ANYWHERE, random);
        int at = inside ? 1 + random.nextInt(v.length() - 1) : random.nextBoolean() ? 0 : v.length();
        return set(r, Kind.CONTROL_CHARACTER, f, NODES.textNode(v.substring(0, at) + c + v.substring(at)));
    }

    private static Broken deepNesting(ObjectNode r, Random random) {
        int depth = 50 + random.nextInt(400);          // below the parser's own limit: the record must reach validation
        String f = random.nextBoolean() ? "secondaryDiagnoses" : "lines";
        JsonNode inner = NODES.textNode("I21.0");
        for (int d = 0; d < depth; d++) {
            inner = f.equals("lines") && d % 2 == 0 ? NODES.objectNode().set("code", inner) : NODES.arrayNode().add(inner);
        }
        r.set(f, inner.isArray() ? inner : NODES.arrayNode().add(inner));
        return new Broken(r, Kind.DEEP_NESTING, List.of(f));
    }

    private static Broken wrongType(ObjectNode r, Random random) {
        ArrayNode list = NODES.arrayNode().add("x").add(1);
        return switch (random.nextInt(8)) {
            case 0 -> set(r, Kind.WRONG_TYPE, "totalCost", NODES.objectNode().put("value", 1));
            case 1 -> set(r, Kind.WRONG_TYPE, "institutionCode", NODES.arrayNode().add(r.path("institutionCode").asText()));
            case 2 -> set(r, Kind.WRONG_TYPE, "admissionDate", NODES.booleanNode(false));
            case 3 -> set(r, Kind.WRONG_TYPE, "lines", NODES.textNode("DRUG,1,2,2"));
            case 4 -> set(r, Kind.WRONG_TYPE, "procedures", NODES.objectNode().put("0", "88.7101"));
            case 5 -> set(r, Kind.WRONG_TYPE, "secondaryDiagnoses", list);
            case 6 -> set(r, Kind.WRONG_TYPE, "personId", NODES.objectNode().set("$ne", NODES.nullNode()));
            default -> set(r, Kind.WRONG_TYPE, "lines", NODES.arrayNode().add(NODES.objectNode().put("code", "X")
                    .put("category", "DRUG").put("quantity", "many").put("unitPrice", 1).put("amount", 1)));
        };
    }

    private static Broken oversized(ObjectNode r, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> set(r, Kind.OVERSIZED, "settlementId", NODES.textNode("S".repeat(41)));
            case 1 -> set(r, Kind.OVERSIZED, "personId", NODES.textNode("P".repeat(41)));
            case 2 -> set(r, Kind.OVERSIZED, "primaryDiagnosis", NODES.textNode("I21.0".repeat(2_000)));
            default -> set(r, Kind.OVERSIZED, "drgCode", NODES.textNode("FM19".repeat(5_000)));
        };
    }

    private static Broken prefixed(ObjectNode r, Kind kind, String field, String payload) {
        return set(r, kind, field, NODES.textNode(payload + r.path(field).asText()));
    }

    private static Broken set(ObjectNode r, Kind kind, String field, JsonNode value) {
        r.set(field, value);
        return new Broken(r, kind, List.of(field));
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
