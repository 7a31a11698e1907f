package cn.ybjg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MalformedTest {

    @TempDir
    static Path tmp;
    static List<ObjectNode> base = new ArrayList<>();
    static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeAll
    static void generate() throws Exception {
        GenerateTest.run(tmp.resolve("valid"), "--persons", "60", "--settlements", "300", "--seed", "5", "--prefix", "MV-");
        for (JsonNode n : MAPPER.readTree(tmp.resolve("valid/settlements-001.json").toFile())) {
            base.add((ObjectNode) n);
        }
    }

    @Test
    void theValidBaseRecordsPassTheNaiveChecker() {
        for (ObjectNode r : base) {
            assertEquals(Set.of(), violations(r), r.toString());
        }
    }

    @Test
    void everyMalformedRecordBreaksOneOfItsNamedFields() throws Exception {
        Path out = tmp.resolve("m");
        var counts = Malformed.write(base, out, 10_000, 3, "MT-", 1000, 30, 200);
        assertEquals(10_000, counts.get("records"));
        assertEquals(10, counts.get("files"));
        Set<Mutations.Kind> kinds = EnumSet.noneOf(Mutations.Kind.class);
        Set<String> ids = new HashSet<>();
        for (int f = 1; f <= 10; f++) {
            JsonNode records = MAPPER.readTree(out.resolve(String.format("malformed-%03d.json", f)).toFile());
            JsonNode expected = MAPPER.readTree(out.resolve(String.format("expected-%03d.json", f)).toFile());
            assertEquals(1000, records.size());
            assertEquals(1000, expected.size());
            for (int i = 0; i < records.size(); i++) {
                Set<String> broken = violations(records.get(i));
                List<String> named = new ArrayList<>();
                expected.get(i).get("fields").forEach(n -> named.add(n.asText()));
                assertTrue(named.stream().anyMatch(broken::contains),
                        "record " + i + " of file " + f + " breaks " + broken + ", expected one of " + named);
                kinds.add(Mutations.Kind.valueOf(expected.get(i).get("kind").asText()));
                JsonNode id = records.get(i).get("settlementId");
                if (id != null && id.isTextual() && id.asText().startsWith("MT-")) {
                    assertTrue(ids.add(id.asText()), "settlementId repeated: " + id);
                }
            }
        }
        assertEquals(EnumSet.allOf(Mutations.Kind.class), kinds);
    }

    @Test
    void truncatedBodiesAreNeverCompleteJson() throws Exception {
        Path out = tmp.resolve("t");
        Malformed.write(base, out, 50, 4, "MU-", 50, 30, 20);
        for (int t = 1; t <= 30; t++) {
            String body = Files.readString(out.resolve(String.format("truncated-%02d.json", t)));
            assertFalse(body.isEmpty());
            boolean parsed;
            try {
                MAPPER.readTree(body);
                parsed = !body.isBlank() && MAPPER.readTree(body).isArray() && body.trim().endsWith("]");
            } catch (Exception e) {
                parsed = false;
            }
            assertFalse(parsed, "truncated body " + t + " parses as a complete array: " + body);
        }
        List<String> csv = Files.readAllLines(out.resolve("malformed.csv"));
        assertEquals(21, csv.size());
        for (String row : csv.subList(1, csv.size())) {
            assertEquals(Malformed.CSV_COLUMNS.size(), row.split(",", -1).length, row);
            assertEquals("12.5元", row.split(",", -1)[Malformed.CSV_COLUMNS.indexOf("totalCost")], row);
        }
        List<String> cut = Files.readAllLines(out.resolve("truncated.csv"));
        assertEquals(21, cut.size());
        for (String row : cut.subList(1, cut.size())) {
            int cells = row.split(",", -1).length;
            assertTrue(cells >= 2 && cells < Malformed.CSV_COLUMNS.size(), row);
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws Exception {
        Malformed.write(base, tmp.resolve("s1"), 500, 9, "MS-", 250, 5, 10);
        Malformed.write(base, tmp.resolve("s2"), 500, 9, "MS-", 250, 5, 10);
        for (String f : List.of("malformed-001.json", "malformed-002.json", "expected-002.json", "truncated-05.json", "malformed.csv", "truncated.csv")) {
            assertEquals(Files.readString(tmp.resolve("s1").resolve(f)), Files.readString(tmp.resolve("s2").resolve(f)), f);
        }
    }

    // ------------------------------------------------------------ a naive reading of contract section 1
    private static final Pattern INSTITUTION = Pattern.compile("[HP][0-9]{11}");
    private static final Pattern REGION = Pattern.compile("[0-9]{6}");
    private static final Pattern ICD = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9A-Za-z]{1,4})?");

    static Set<String> violations(JsonNode r) {
        Set<String> v = new HashSet<>();
        for (String f : Mutations.REQUIRED) {
            if (!r.hasNonNull(f)) {
                v.add(f);
            }
        }
        text(r, "settlementId", v, s -> s.codePointCount(0, s.length()) <= 40 && !s.isEmpty());
        text(r, "personId", v, s -> s.codePointCount(0, s.length()) <= 40 && !s.isEmpty());
        text(r, "institutionCode", v, s -> INSTITUTION.matcher(s).matches());
        text(r, "regionCode", v, s -> REGION.matcher(s).matches());
        text(r, "idNumber", v, s -> s.length() == 18 && s.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')
                && IdNumbers.checkDigit(s.substring(0, 17)) == s.charAt(17));
        text(r, "gender", v, s -> s.equals("1") || s.equals("2"));
        text(r, "primaryDiagnosis", v, s -> ICD.matcher(s).matches());
        for (String f : List.of("birthDate", "admissionDate", "dischargeDate")) {
            text(r, f, v, s -> parses(() -> LocalDate.parse(s)));
        }
        text(r, "settlementTime", v, s -> parses(() -> OffsetDateTime.parse(s)));
        if (!v.contains("admissionDate") && !v.contains("dischargeDate") && r.hasNonNull("dischargeDate")
                && LocalDate.parse(r.get("dischargeDate").asText()).isBefore(LocalDate.parse(r.get("admissionDate").asText()))) {
            v.add("dischargeDate");
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean moneyOk = true;
        for (String f : Mutations.MONEY) {
            JsonNode m = r.get(f);
            if (m == null) {
                continue;
            }
            if (!m.isNumber() || m.decimalValue().signum() < 0 || m.decimalValue().stripTrailingZeros().scale() > 2) {
                v.add(f);
                moneyOk = false;
            } else if (!f.equals("totalCost") && !f.equals("policyScopeCost")) {
                sum = sum.add(m.decimalValue());
            }
        }
        if (moneyOk && r.hasNonNull("totalCost") && r.hasNonNull("policyScopeCost")) {
            if (sum.compareTo(r.get("totalCost").decimalValue()) != 0) {
                v.add("cashPayment");
                v.add("totalCost");
            }
            if (r.get("policyScopeCost").decimalValue().compareTo(r.get("totalCost").decimalValue()) > 0) {
                v.add("policyScopeCost");
            }
        }
        return v;
    }

    private static void text(JsonNode r, String f, Set<String> v, java.util.function.Predicate<String> ok) {
        JsonNode n = r.get(f);
        if (n != null && !n.isNull() && (!n.isTextual() || !ok.test(n.asText()))) {
            v.add(f);
        }
    }

    private static boolean parses(Runnable r) {
        try {
            r.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
