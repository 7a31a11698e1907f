package cn.ybjg.bench.perf;

import cn.ybjg.bench.Generate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One generated data set of the benchmark (Generate with a run-specific prefix, 5 settlements a person, 2%
 * planted anomalies). Enrollments still open at the end of the data's year are closed on its last day, so the
 * bench population never counts in a later year's ENROLLMENT_RATE (the demo's 2025 scorecard stays as it was).
 */
record BenchData(String prefix, List<byte[]> settlementFiles, List<JsonNode> settlements, byte[] enrollments,
                 byte[] deaths) {
    static final ObjectMapper JSON = new ObjectMapper();

    static BenchData generate(Path dir, String prefix, int settlements, int year, long seed) throws Exception {
        Generate.main(new String[] {"--settlements", String.valueOf(settlements),
            "--persons", String.valueOf(Math.max(200, settlements / 5)), "--year", String.valueOf(year),
            "--seed", String.valueOf(seed), "--prefix", prefix, "--anomaly-rate", "0.02", "--out", dir.toString()});
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("settlements-(\\d+|late)\\.json")).sorted(
                    (a, b) -> a.getFileName().toString().replace("late", "zzz")
                            .compareTo(b.getFileName().toString().replace("late", "zzz"))).toList();
        }
        List<byte[]> bytes = new ArrayList<>();
        List<JsonNode> records = new ArrayList<>();
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            bytes.add(b);
            JSON.readTree(b).forEach(records::add);
        }
        return new BenchData(prefix, bytes, records, closeAtYearEnd(Files.readAllBytes(dir.resolve("enrollments.json")),
                year), Files.readAllBytes(dir.resolve("deaths.json")));
    }

    static byte[] closeAtYearEnd(byte[] enrollments, int year) throws Exception {
        String last = year + "-12-31";
        ArrayNode all = (ArrayNode) JSON.readTree(enrollments);
        for (JsonNode e : all) {
            JsonNode end = e.get("endDate");
            boolean open = end == null || end.isNull() || end.asText().compareTo(last) > 0;
            if (open && e.get("startDate").asText().compareTo(last) <= 0) {
                ((ObjectNode) e).put("endDate", last);
            }
        }
        return JSON.writeValueAsBytes(all);
    }

    /** The settlements as JSON arrays of at most {@code size} records, in generation order. */
    List<byte[]> batches(int size) throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (int from = 0; from < settlements.size(); from += size) {
            ArrayNode batch = JSON.createArrayNode();
            batch.addAll(settlements.subList(from, Math.min(settlements.size(), from + size)));
            out.add(JSON.writeValueAsBytes(batch));
        }
        return out;
    }
}
