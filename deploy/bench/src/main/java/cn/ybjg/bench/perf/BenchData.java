package cn.ybjg.bench.perf;

import cn.ybjg.bench.Generate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One generated data set of the benchmark, kept on disk (Generate with a run-specific prefix, 5 settlements a
 * person, 2% planted anomalies) and read one file at a time, so 10,000,000 settlements never sit in the bench's heap.
 * Generate holds a whole data set in memory, so a large one is generated in chunks of at most {@link #CHUNK}
 * settlements (prefix {@code <prefix>c<n>-}, one ID-number set shared by all chunks so no two persons share one).
 * Each chunk's files run through the year; they are posted interleaved (file 1 of every chunk, then file 2, …) so
 * the stream stays roughly in settlement-time order, with every chunk's planted DRG outliers (its late file) last.
 * Enrollments still open at the end of the data's year are closed on its last day, so the bench population never
 * counts in a later year's ENROLLMENT_RATE (the demo's 2025 scorecard stays as it was).
 */
record BenchData(String prefix, List<Path> settlementFiles, long settlements, List<Path> enrollmentFiles,
                 List<Path> deathFiles) {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int CHUNK = 500_000;

    /** {@code usedIdNumbers}: ID numbers of data sets generated before, which this one must not use again. */
    static BenchData generate(Path dir, String prefix, int settlements, int year, long seed, Set<String> usedIdNumbers)
            throws Exception {
        return generate(dir, prefix, settlements, year, seed, CHUNK, usedIdNumbers);
    }

    static BenchData generate(Path dir, String prefix, int settlements, int year, long seed, int chunk,
                              Set<String> usedIdNumbers) throws Exception {
        deleteRecursively(dir);
        int chunks = Math.max(1, (settlements + chunk - 1) / chunk);
        List<List<Path>> regular = new ArrayList<>();
        List<Path> late = new ArrayList<>(), enrollments = new ArrayList<>(), deaths = new ArrayList<>();
        long total = 0;
        for (int c = 0; c < chunks; c++) {
            int n = settlements / chunks + (c < settlements % chunks ? 1 : 0);
            String chunkPrefix = chunks == 1 ? prefix : prefix + "c" + (c + 1) + "-";
            Path out = chunks == 1 ? dir : dir.resolve(String.format("chunk-%03d", c + 1));
            Map<String, Object> summary = Generate.generateChunk(new String[] {"--settlements", String.valueOf(n),
                "--persons", String.valueOf(Math.max(200, n / 5)), "--year", String.valueOf(year),
                "--seed", String.valueOf(seed), "--prefix", chunkPrefix, "--anomaly-rate", "0.02",
                "--out", out.toString()}, usedIdNumbers);
            total += ((Number) summary.get("settlements")).longValue();
            regular.add(files(out, summary.get("settlementFiles")));
            late.addAll(files(out, summary.get("lateSettlementFiles")));
            Path e = out.resolve("enrollments.json");
            Files.write(e, closeAtYearEnd(Files.readAllBytes(e), year));
            enrollments.add(e);
            deaths.add(out.resolve("deaths.json"));
            if (chunks > 1) {
                Bench.log("   chunk %d/%d: %,d settlements (%s…)", c + 1, chunks, summary.get("settlements"),
                        chunkPrefix);
            }
        }
        List<Path> ordered = interleave(regular);
        ordered.addAll(late);
        return new BenchData(prefix, ordered, total, enrollments, deaths);
    }

    /** File i of every list, for i = 1, 2, …: the chunks' time-ordered files merged into one rough time order. */
    static List<Path> interleave(List<List<Path>> lists) {
        List<Path> out = new ArrayList<>();
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<Path> l : lists) {
                if (i < l.size()) {
                    out.add(l.get(i));
                }
            }
        }
        return out;
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

    /** The settlements as JSON arrays of at most {@code size} records, in posting order (read file by file). */
    List<byte[]> batches(int size) throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (Path f : settlementFiles) {
            ArrayNode records = (ArrayNode) JSON.readTree(f.toFile());
            for (int from = 0; from < records.size(); from += size) {
                ArrayNode batch = JSON.createArrayNode();
                for (int i = from; i < Math.min(records.size(), from + size); i++) {
                    batch.add(records.get(i));
                }
                out.add(JSON.writeValueAsBytes(batch));
            }
        }
        return out;
    }

    private static List<Path> files(Path dir, Object names) {
        List<Path> out = new ArrayList<>();
        for (Object name : (List<?>) names) {
            out.add(dir.resolve(name.toString()));
        }
        return out;
    }

    /** The previous run's data: a smaller run would otherwise leave a larger one's chunk directories behind. */
    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
