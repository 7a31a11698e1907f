package cn.ybjg.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * The benchmark's own data, generated in chunks as a large run is, loaded into claims' tables (settlements through
 * CopyRow, the COPY baseline's rows; an ID number's stand-in hash is its SHA-256, as CopyRow writes it): the SQL rules
 * find exactly the planted flags of every chunk's truth.json, every rule, and nothing on the clean background or the
 * near misses. So the SQL agrees with the ground truth that the end-to-end check holds the engine to.
 */
class SqlRulesOnBenchDataTest {
    @TempDir
    Path tmp;

    @Test
    void findsExactlyThePlantedFlagsOfEveryChunk() throws Exception {
        BenchData data = BenchData.generate(tmp.resolve("data"), "T9-", 15_000, 2023, 3, 6_000, new java.util.HashSet<>());
        assertEquals(3, data.enrollmentFiles().size(), "three chunks");
        Set<String> ids = new HashSet<>();
        try (ClaimsTables t = new ClaimsTables()) {
            t.db.setAutoCommit(false); // one commit for the whole load, not one a row
            long row = 0;
            for (Path f : data.settlementFiles()) {
                StringBuilder csv = new StringBuilder();
                for (JsonNode s : BenchData.JSON.readTree(f.toFile())) {
                    csv.append(CopyRow.csv(++row, s)).append('\n');
                    ids.add(s.get("institutionCode").asText() + ":" + s.get("settlementId").asText());
                }
                t.db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy settlement (" + CopyRow.COLUMNS
                        + ") from stdin with (format csv)", new ByteArrayInputStream(csv.toString()
                        .getBytes(StandardCharsets.UTF_8)));
            }
            assertEquals(row, ids.size(), "no settlement twice across chunks");
            assertEquals(data.settlements(), row);
            for (Path f : data.enrollmentFiles()) {
                for (JsonNode e : BenchData.JSON.readTree(f.toFile())) {
                    t.enroll(e.get("personId").asText(), e.get("idNumber").asText(), e.get("insuranceType").asText(),
                            e.get("regionCode").asText(), LocalDate.parse(e.get("startDate").asText()),
                            e.get("endDate").isNull() ? null : LocalDate.parse(e.get("endDate").asText()),
                            e.get("status").asText());
                }
            }
            for (Path f : data.deathFiles()) {
                for (JsonNode d : BenchData.JSON.readTree(f.toFile())) {
                    t.death(d.get("idNumber").asText(), LocalDate.parse(d.get("dateOfDeath").asText()));
                }
            }

            t.db.commit();
            t.db.setAutoCommit(true);
            SqlRules.evaluate(t.db, SqlScope.run("T9-"), RuleParameters.defaults(), List.of());

            Set<String> found = new TreeSet<>();
            try (Statement s = t.db.createStatement(); ResultSet r = s.executeQuery(
                    "select rule_code, subject_key, person_id from q_finding")) {
                while (r.next()) {
                    // person-level flags name the person in truth.json, settlement-level ones the settlement
                    boolean personLevel = r.getString(1).equals("DUPLICATE_ENROLLMENT")
                            || r.getString(2).endsWith(":ENROLLMENT");
                    found.add(r.getString(1) + " " + (personLevel ? r.getString(3) : r.getString(2)));
                }
            }
            Set<String> truth = truth(tmp.resolve("data"));
            assertEquals(RuleParameters.RULES.size(), truth.stream().map(x -> x.split(" ")[0]).distinct().count(),
                    "every rule planted");
            assertTrue(truth.size() > 100, "planted flags: " + truth.size());
            assertEquals(truth, found);
        }
    }

    private static Set<String> truth(Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(p -> p.getFileName().toString().equals("truth.json")).toList();
        }
        assertEquals(3, files.size());
        Set<String> out = new TreeSet<>();
        List<String> all = new ArrayList<>();
        for (Path f : files) {
            for (JsonNode t : BenchData.JSON.readTree(f.toFile())) {
                String subject = t.get("settlementId").isNull() ? t.get("personId").asText()
                        : t.get("institutionCode").asText() + ":" + t.get("settlementId").asText();
                all.add(t.get("ruleCode").asText() + " " + subject);
            }
        }
        out.addAll(all);
        assertEquals(all.size(), out.size(), "one flag per subject");
        return out;
    }
}
