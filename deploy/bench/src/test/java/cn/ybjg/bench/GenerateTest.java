package cn.ybjg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.bench.Loaded.S;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTest {
    static final List<String> RULES = List.of("DUPLICATE_ENROLLMENT", "DECEASED_ACTIVE", "DRG_COST_OUTLIER",
            "READMISSION_15D", "OVERLAPPING_STAY", "DUPLICATE_SETTLEMENT", "GENDER_MISMATCH", "NOT_ENROLLED");
    static final String[] ARGS = {"--persons", "700", "--settlements", "3500", "--seed", "7", "--anomaly-rate",
        "0.04", "--prefix", "T7-", "--shuffle", "--batch-size", "1000"};

    @TempDir
    static Path tmp;
    static Path out;
    static Loaded loaded;

    @BeforeAll
    static void generate() throws Exception {
        out = tmp.resolve("a");
        run(out, ARGS);
        loaded = Loaded.read(out);
    }

    static void run(Path dir, String... args) throws Exception {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--out", dir.toString())).toArray(String[]::new);
        Options o = Options.parse(all);
        Generate.write(Generate.generate(o), o);
    }

    static List<String> truthKeys(Loaded l) {
        List<String> keys = new ArrayList<>();
        for (JsonNode t : l.truth()) {
            keys.add(t.get("ruleCode").asText() + "|" + (t.has("severity") ? t.get("severity").asText() : "null")
                    + "|" + t.get("personId").asText() + "|" + t.get("institutionCode").asText() + "|"
                    + t.get("settlementId").asText());
        }
        keys.sort(Comparator.naturalOrder());
        return keys;
    }

    @Test
    void sameSeedGivesSameBytesAndAnotherSeedDoesNot() throws Exception {
        Path again = tmp.resolve("again");
        run(again, ARGS);
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(names, Files.list(again).map(p -> p.getFileName().toString()).sorted().toList());
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }
        Path other = tmp.resolve("other");
        String[] args = ARGS.clone();
        args[5] = "8";
        run(other, args);
        assertFalse(Files.readString(other.resolve("enrollments.json"))
                .equals(Files.readString(out.resolve("enrollments.json"))));
    }

    @Test
    void everyIdNumberIsValidUniqueAndConsistentWithThePerson() {
        Map<String, String> personOf = loaded.enrollments().stream()
                .collect(Collectors.toMap(Loaded.E::idNumber, Loaded.E::personId, (a, b) -> {
                    assertEquals(a, b);
                    return a;
                }));
        assertTrue(personOf.size() > 600);
        assertEquals(personOf.size(), new TreeSet<>(personOf.values()).size(), "one ID number a person");
        for (String id : personOf.keySet()) {
            assertTrue(IdNumbers.isValid(id), "invalid " + IdNumbers.mask(id));
            assertTrue(Region.CHENZHOU.divisions().contains(id.substring(0, 6)));
        }
        for (S s : loaded.settlements()) {
            assertEquals(s.personId(), personOf.get(s.idNumber()));
            assertEquals(s.gender(), IdNumbers.genderOf(s.idNumber()));
            assertEquals(s.birthDate().toString().replace("-", ""), s.idNumber().substring(6, 14));
        }
    }

    @Test
    void checkDigitFollowsIso7064() {
        assertEquals('X', IdNumbers.checkDigit("11010519491231002"));
        assertTrue(IdNumbers.isValid("11010519491231002X"));
        assertFalse(IdNumbers.isValid("110105194912310021"));
        assertFalse(IdNumbers.isValid("11010519490231002X"), "no 31 February");
        assertEquals("431002********1234", IdNumbers.mask("431002199001011234"));
    }

    @Test
    void paymentPartsAddUpToTheFenAndRecordsAreWellFormed() {
        for (S s : loaded.settlements()) {
            BigDecimal parts = s.fund().add(s.serious()).add(s.assistance()).add(s.account()).add(s.cash());
            assertEquals(0, parts.compareTo(s.total()), s.id());
            assertTrue(s.policy().compareTo(s.total()) <= 0 && s.policy().signum() >= 0, s.id());
            for (BigDecimal m : List.of(s.total(), s.fund(), s.serious(), s.assistance(), s.account(), s.cash())) {
                assertTrue(m.signum() >= 0 && m.scale() <= 2, s.id());
            }
            assertTrue(s.inst().matches("H4310\\d{2}\\d{5}"), s.inst());
            assertTrue(s.id().length() <= 40 && s.personId().length() <= 40);
            if (s.inpatient()) {
                assertTrue(s.discharge().isAfter(s.admission()) && s.drg() != null, s.id());
                assertTrue(Set.of("DRG", "DIP", "ITEM").contains(s.method()));
            } else {
                assertEquals(null, s.discharge());
            }
        }
        assertEquals(loaded.settlements().size(), loaded.settlements().stream().map(S::id).distinct().count());
    }

    @Test
    void everyRuleIsPlantedIncludingEachVariant() {
        List<String> keys = truthKeys(loaded);
        for (String rule : RULES) {
            assertTrue(keys.stream().filter(k -> k.startsWith(rule + "|")).count() >= 2, rule);
        }
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("DECEASED_ACTIVE|DEFINITE|")));
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("DECEASED_ACTIVE|SUSPICIOUS|") && k.endsWith("|null|null")));
        RuleChecker checker = new RuleChecker(loaded, LocalDate.of(2026, 12, 31));
        checker.run();
        List<Double> outliers = loaded.truth().stream().filter(t -> t.get("ruleCode").asText().equals("DRG_COST_OUTLIER"))
                .map(t -> checker.ratios.get(t.get("settlementId").asText())).toList();
        assertTrue(outliers.stream().anyMatch(r -> r >= 3.3), "a high outlier: " + outliers);
        assertTrue(outliers.stream().anyMatch(r -> r <= 0.4), "a low outlier: " + outliers);
    }

    @Test
    void anIndependentCheckOfTheEightRulesFiresExactlyTheTruth() {
        assertExact(truthKeys(loaded), new RuleChecker(loaded, LocalDate.of(2026, 12, 31)).run(), "");
    }

    static void assertExact(List<String> truth, List<String> fired, String what) {
        List<String> missing = new ArrayList<>(truth);
        fired.forEach(missing::remove);
        List<String> unexpected = new ArrayList<>(fired);
        truth.forEach(unexpected::remove);
        assertEquals("", (missing.isEmpty() ? "" : "planted but not fired: " + missing)
                + (unexpected.isEmpty() ? "" : " fired but not planted: " + unexpected), what);
        assertEquals(truth, fired);
    }

    @Test
    void cleanInpatientCostsKeepAMarginFromEveryOutlierThreshold() {
        RuleChecker checker = new RuleChecker(loaded, LocalDate.of(2026, 12, 31));
        checker.run();
        Set<String> planted = loaded.truth().stream().map(t -> t.get("settlementId").asText()).collect(Collectors.toSet());
        List<Double> clean = checker.ratios.entrySet().stream().filter(e -> !planted.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        assertTrue(clean.size() > 300, "benchmarks exist for most stays: " + clean.size());
        assertTrue(clean.stream().allMatch(r -> r > 0.75 && r < 1.3), "clean ratios within [0.75, 1.3]");
    }

    @Test
    void theScorecardMixMissesAndMeetsTargets() {
        BigDecimal[] employee = ratio(loaded.settlements(), "310");
        BigDecimal[] resident = ratio(loaded.settlements(), "390");
        double e = employee[0].doubleValue() / employee[1].doubleValue();
        double r = resident[0].doubleValue() / resident[1].doubleValue();
        assertTrue(e > 0.78 && e < 0.82, "职工 policy-scope fund ratio " + e);
        assertTrue(r > 0.64 && r < 0.68, "居民 policy-scope fund ratio " + r);
        List<S> inpatient = loaded.settlements().stream().filter(S::inpatient).toList();
        BigDecimal all = inpatient.stream().map(S::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal drg = inpatient.stream().filter(s -> !s.method().equals("ITEM")).map(S::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        double share = drg.doubleValue() / all.doubleValue();
        assertTrue(share > 0.68 && share < 0.82, "DRG/DIP share " + share);
    }

    private static BigDecimal[] ratio(List<S> settlements, String type) {
        List<S> in = settlements.stream().filter(s -> s.inpatient() && s.type().equals(type)).toList();
        return new BigDecimal[] {in.stream().map(s -> s.fund().add(s.serious())).reduce(BigDecimal.ZERO, BigDecimal::add),
            in.stream().map(S::policy).reduce(BigDecimal.ZERO, BigDecimal::add)};
    }

    @Test
    void batchesStayWithinTheLimitAndOutliersComeLast() throws Exception {
        JsonNode summary = JsonOut.MAPPER.readTree(out.resolve("dataset.json").toFile());
        int total = 0;
        for (JsonNode f : summary.get("settlementFiles")) {
            int n = JsonOut.MAPPER.readTree(out.resolve(f.asText()).toFile()).size();
            assertTrue(n <= 1000);
            total += n;
        }
        JsonNode late = JsonOut.MAPPER.readTree(out.resolve("settlements-late.json").toFile());
        assertEquals(summary.get("settlements").asInt(), total + late.size());
        Set<String> outliers = loaded.truth().stream().filter(t -> t.get("ruleCode").asText().equals("DRG_COST_OUTLIER"))
                .map(t -> t.get("settlementId").asText()).collect(Collectors.toSet());
        Set<String> lateIds = new TreeSet<>();
        late.forEach(n -> lateIds.add(n.get("settlementId").asText()));
        assertEquals(outliers, lateIds);
    }

    @Test
    void csvCarriesTheSameRecords() throws Exception {
        Path csv = tmp.resolve("csv");
        String[] args = Stream.concat(Stream.of(ARGS), Stream.of("--format", "csv")).toArray(String[]::new);
        run(csv, args);
        List<String> lines = Files.readAllLines(csv.resolve("settlements-001.csv"));
        assertEquals(String.join(",", Records.SETTLEMENT_FIELDS), lines.get(0));
        assertEquals(1001, lines.size());
        assertEquals(Files.readString(out.resolve("truth.json")), Files.readString(csv.resolve("truth.json")));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split(",", -1).length == Records.SETTLEMENT_FIELDS.length));
    }

    @Test
    void aSmallEndToEndDatasetStillPlantsEveryRuleAndStaysExact() throws Exception {
        for (String seed : List.of("11", "12", "13")) {
            Path dir = tmp.resolve("small" + seed);
            run(dir, "--persons", "300", "--settlements", "1500", "--seed", seed, "--anomaly-rate", "0.04",
                    "--year", "2024", "--prefix", "E" + seed + "-", "--shuffle", "--batch-size", "400");
            Loaded small = Loaded.read(dir);
            List<String> keys = truthKeys(small);
            for (String rule : RULES) {
                assertTrue(keys.stream().anyMatch(k -> k.startsWith(rule + "|")), rule + " with seed " + seed);
            }
            assertExact(keys, new RuleChecker(small, LocalDate.of(2026, 12, 31)).run(), "seed " + seed);
        }
    }
}
