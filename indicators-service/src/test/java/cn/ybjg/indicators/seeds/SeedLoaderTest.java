package cn.ybjg.indicators.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedLoaderTest {

    final SeedLoader loader = new SeedLoader(new BigDecimal("2"));

    @TempDir
    Path dir;

    @Test
    void loadsTheProjectSeeds() {
        SeedData d = loader.load(List.of(Path.of("../seeds")));
        Target t = d.targets("431000").stream().filter(x -> x.id().equals("CZ-2025-POLICY-SCOPE-310")).findFirst().orElseThrow();
        assertEquals("≈", t.comparator());
        assertEquals(new BigDecimal("2"), t.tolerance());
        assertEquals("310", t.insuranceType());
        assertEquals("001_65d0c4f75aeeb8fa.txt", t.source().document());
        assertEquals(List.of(">", ">="), d.targets("441800").stream().filter(x -> x.indicator().equals("ENROLLMENT_RATE"))
                .map(Target::comparator).toList());
        assertEquals(4755812L, d.population("431000", 2020).orElseThrow().residents());
        assertTrue(d.population("431000", 2025).isEmpty());
    }

    String entry(String comparator, String extra) {
        return """
                targets:
                  - id: A
                    regionCode: "999001"
                    indicator: DRG_PAYMENT_SHARE
                    year: 2025
                    comparator: "%s"
                    value: 70
                    source: {document: x.txt, section: s}
                  - id: B
                    regionCode: "999001"
                    indicator: ENROLLMENT_RATE
                    year: 2025
                    comparator: ">="
                    value: 95
                %s    source: {document: x.txt, section: s}
                """.formatted(comparator, extra);
    }

    String failure(String content) throws IOException {
        Files.writeString(dir.resolve("t.yaml"), content);
        return assertThrows(SeedLoadException.class, () -> loader.load(List.of(dir))).getMessage();
    }

    @Test
    void everyComparatorLoads() throws IOException {
        for (String c : List.of(">=", "≥", ">", "<=", "<", "≈")) {
            Files.writeString(dir.resolve("t.yaml"), entry(c, ""));
            assertEquals(c.equals("≥") ? ">=" : c, loader.load(List.of(dir)).targets().get(0).comparator());
        }
    }

    @Test
    void badComparatorNamesFileAndLine() throws IOException {
        assertEquals("t.yaml:2 (id A): comparator comparator '=>' is not one of [>=, >, <=, <, ≈]", failure(entry("=>", "")));
    }

    @Test
    void badValueOfSecondEntryNamesItsLine() throws IOException {
        assertEquals("t.yaml:9 (id B): tolerance 'two' is not a number", failure(entry(">=", "    tolerance: two\n")));
    }

    @Test
    void syntaxErrorNamesLine() throws IOException {
        String m = failure("targets:\n  - id: A\n    value: [1, 2\n  - id: B\n");
        assertTrue(m.startsWith("t.yaml:4: malformed YAML"), m);
    }

    @Test
    void unknownIndicatorMustBeMarkedNotDerivable() throws IOException {
        String m = failure(entry(">=", "").replace("DRG_PAYMENT_SHARE", "SOMETHING_ELSE\n    derivable: true"));
        assertEquals("t.yaml:2 (id A): indicator 'SOMETHING_ELSE' is not a derivable indicator code; mark it derivable: false", m);
    }

    @Test
    void duplicatePopulationIsRejected() throws IOException {
        String p = "population:\n  - {regionCode: \"999001\", year: 2025, residents: 4, source: {document: d, section: s}}\n";
        Files.writeString(dir.resolve("a.yaml"), p);
        Files.writeString(dir.resolve("b.yaml"), p);
        assertEquals("b.yaml:2: population of 999001 in 2025 already defined at a.yaml:2",
                assertThrows(SeedLoadException.class, () -> loader.load(List.of(dir))).getMessage());
    }
}
