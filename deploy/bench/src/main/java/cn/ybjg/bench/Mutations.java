package cn.ybjg.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * Breaks a valid settlement record in one named way, so a claims-service that follows the contract must reject it
 * and name one of {@code fields}. Pure and deterministic for a given Random.
 */
final class Mutations {

    enum Kind { MISSING_FIELD, WRONG_TYPE, BAD_CHECK_DIGIT, BROKEN_SUM, HUGE_STRING, UNICODE, BAD_DATE, BAD_MONEY, BAD_CODE }

    record Mutated(ObjectNode record, Kind kind, List<String> fields) {
    }

    static final List<String> REQUIRED = List.of("settlementId", "institutionCode", "regionCode", "personId",
            "idNumber", "gender", "birthDate", "insuranceType", "medicalType", "admissionDate", "settlementTime",
            "primaryDiagnosis", "totalCost", "policyScopeCost", "fundPayment", "cashPayment");
    static final List<String> MONEY = List.of("totalCost", "policyScopeCost", "fundPayment", "seriousIllnessPayment",
            "medicalAssistancePayment", "personalAccountPayment", "cashPayment");
    static final int HUGE_LENGTH = 20_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Mutations() {
    }

    /** The i-th malformed record: kinds in turn, variants chosen by the random stream. */
    static Mutated mutate(ObjectNode valid, int i, Random random) {
        ObjectNode r = valid.deepCopy();
        Kind kind = Kind.values()[i % Kind.values().length];
        int v = random.nextInt(1 << 16);
        return switch (kind) {
            case MISSING_FIELD -> {
                String f = REQUIRED.get(v % REQUIRED.size());
                r.remove(f);
                yield new Mutated(r, kind, List.of(f));
            }
            case WRONG_TYPE -> wrongType(r, v);
            case BAD_CHECK_DIGIT -> {
                String id = r.get("idNumber").asText();
                char right = IdNumbers.checkDigit(id.substring(0, 17));
                char wrong = "0123456789X".charAt((("0123456789X".indexOf(right)) + 1 + v % 10) % 11);
                r.put("idNumber", id.substring(0, 17) + wrong);
                yield new Mutated(r, kind, List.of("idNumber"));
            }
            case BROKEN_SUM -> {
                BigDecimal cash = r.get("cashPayment").decimalValue().add(new BigDecimal(v % 2 == 0 ? "0.01" : "1.00"));
                r.put("cashPayment", cash);
                yield new Mutated(r, kind, MONEY);
            }
            case HUGE_STRING -> {
                String f = List.of("settlementId", "personId", "primaryDiagnosis", "institutionCode").get(v % 4);
                r.put(f, ("医保" + f).repeat(HUGE_LENGTH / (f.length() + 2) + 1));
                yield new Mutated(r, kind, List.of(f));
            }
            case UNICODE -> unicode(r, v);
            case BAD_DATE -> badDate(r, v);
            case BAD_MONEY -> badMoney(r, v);
            case BAD_CODE -> badCode(r, v);
        };
    }

    private static Mutated wrongType(ObjectNode r, int v) {
        return switch (v % 6) {
            case 0 -> set(r, Kind.WRONG_TYPE, "totalCost", NODES.textNode("一百二十元"));
            case 1 -> set(r, Kind.WRONG_TYPE, "fundPayment", NODES.booleanNode(true));
            case 2 -> set(r, Kind.WRONG_TYPE, "settlementId", NODES.objectNode().put("id", "x"));
            case 3 -> set(r, Kind.WRONG_TYPE, "birthDate", NODES.numberNode(20140918));
            case 4 -> set(r, Kind.WRONG_TYPE, "gender", NODES.arrayNode().add("1"));
            default -> set(r, Kind.WRONG_TYPE, "cashPayment", NODES.arrayNode().add(1).add(2));
        };
    }

    private static Mutated unicode(ObjectNode r, int v) {
        return switch (v % 6) {
            case 0 -> set(r, Kind.UNICODE, "regionCode", NODES.textNode("４３１０００"));          // full-width digits
            case 1 -> set(r, Kind.UNICODE, "idNumber", NODES.textNode(arabicIndic(r.get("idNumber").asText())));
            case 2 -> set(r, Kind.UNICODE, "institutionCode",
                    NODES.textNode(r.get("institutionCode").asText().substring(0, 6) + "\u200b" + r.get("institutionCode").asText().substring(6)));
            case 3 -> set(r, Kind.UNICODE, "gender", NODES.textNode("\uD83D\uDE00"));             // an emoji
            case 4 -> set(r, Kind.UNICODE, "primaryDiagnosis", NODES.textNode("\u202E" + r.get("primaryDiagnosis").asText()));
            default -> set(r, Kind.UNICODE, "settlementId", NODES.textNode("\uD83C\uDFE5".repeat(41))); // 41 code points
        };
    }

    private static Mutated badDate(ObjectNode r, int v) {
        return switch (v % 4) {
            case 0 -> set(r, Kind.BAD_DATE, "admissionDate", NODES.textNode("2025-02-30"));
            case 1 -> set(r, Kind.BAD_DATE, "birthDate", NODES.textNode("1990-13-01"));
            case 2 -> set(r, Kind.BAD_DATE, "settlementTime", NODES.textNode("2025-01-01 25:61"));
            default -> {
                r.put("medicalType", "21");
                r.put("dischargeDate", java.time.LocalDate.parse(r.get("admissionDate").asText()).minusDays(3).toString());
                yield new Mutated(r, Kind.BAD_DATE, List.of("dischargeDate", "admissionDate"));
            }
        };
    }

    private static Mutated badMoney(ObjectNode r, int v) {
        return switch (v % 3) {
            case 0 -> {
                r.put("totalCost", r.get("totalCost").decimalValue().negate());
                yield new Mutated(r, Kind.BAD_MONEY, MONEY);
            }
            case 1 -> {
                r.put("fundPayment", r.get("fundPayment").decimalValue().add(new BigDecimal("0.001")));
                yield new Mutated(r, Kind.BAD_MONEY, MONEY);
            }
            default -> {
                r.put("policyScopeCost", r.get("totalCost").decimalValue().add(new BigDecimal("100.00")));
                yield new Mutated(r, Kind.BAD_MONEY, List.of("policyScopeCost"));
            }
        };
    }

    private static Mutated badCode(ObjectNode r, int v) {
        return switch (v % 4) {
            case 0 -> set(r, Kind.BAD_CODE, "gender", NODES.textNode("3"));
            case 1 -> set(r, Kind.BAD_CODE, "institutionCode", NODES.textNode("X1234"));
            case 2 -> set(r, Kind.BAD_CODE, "regionCode", NODES.textNode("43100"));
            default -> set(r, Kind.BAD_CODE, "idNumber", NODES.textNode(r.get("idNumber").asText().substring(0, 17)));
        };
    }

    private static Mutated set(ObjectNode r, Kind kind, String field, com.fasterxml.jackson.databind.JsonNode value) {
        r.set(field, value);
        return new Mutated(r, kind, List.of(field));
    }

    static String arabicIndic(String digits) {
        StringBuilder b = new StringBuilder();
        digits.chars().forEach(c -> b.append(Character.isDigit(c) ? (char) ('\u0660' + (c - '0')) : (char) c));
        return b.toString();
    }
}
