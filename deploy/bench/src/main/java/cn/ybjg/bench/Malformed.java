package cn.ybjg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Malformed settlement input for the failure tests: from valid records (a Generate output file) writes
 * {@code malformed-NNN.json} batches whose every record is broken in one way ({@link Mutations}) with
 * {@code expected-NNN.json} naming the kind and the fields an answer may name, {@code truncated-NN.json} bodies
 * that are not complete JSON, {@code malformed.csv} with a mistyped totalCost in every row and
 * {@code truncated.csv} with every row cut short.
 * <pre>deploy/bench/run.sh Malformed --from /tmp/b/settlements-001.json --count 10000 --seed 1 --prefix M1- --out /tmp/m</pre>
 */
public final class Malformed {

    static final String USAGE = "usage: run.sh Malformed --from FILE --out DIR [--count 10000] [--seed 1] [--prefix M1-]"
            + " [--batch-size 1000] [--truncated 30] [--csv-rows 200]";
    static final List<String> CSV_COLUMNS = List.of("settlementId", "institutionCode", "regionCode", "personId",
            "idNumber", "gender", "birthDate", "insuranceType", "medicalType", "admissionDate", "settlementTime",
            "primaryDiagnosis", "totalCost", "policyScopeCost", "fundPayment", "cashPayment");

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new LinkedHashMap<>(Map.of("--count", "10000", "--seed", "1", "--prefix", "M1-",
                "--batch-size", "1000", "--truncated", "30", "--csv-rows", "200"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        if (!o.containsKey("--from") || !o.containsKey("--out") || args.length % 2 != 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        List<ObjectNode> base = new ArrayList<>();
        for (JsonNode n : JsonOut.MAPPER.readTree(Path.of(o.get("--from")).toFile())) {
            base.add((ObjectNode) n);
        }
        Map<String, Integer> counts = write(base, Path.of(o.get("--out")), Integer.parseInt(o.get("--count")),
                Long.parseLong(o.get("--seed")), o.get("--prefix"), Integer.parseInt(o.get("--batch-size")),
                Integer.parseInt(o.get("--truncated")), Integer.parseInt(o.get("--csv-rows")));
        System.out.println("malformed: " + counts);
    }

    static Map<String, Integer> write(List<ObjectNode> base, Path out, int count, long seed, String prefix, int batchSize,
                                      int truncated, int csvRows) throws IOException {
        if (base.isEmpty() || batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("need valid base records and a batch size of 1..10000");
        }
        Files.createDirectories(out);
        Random random = new Random(seed);
        List<Mutations.Mutated> all = records(base, count, random, prefix);
        int files = 0;
        for (int from = 0; from < all.size(); from += batchSize) {
            files++;
            List<Mutations.Mutated> batch = all.subList(from, Math.min(all.size(), from + batchSize));
            StringBuilder array = new StringBuilder("[");
            for (int i = 0; i < batch.size(); i++) {
                array.append(i == 0 ? "\n" : ",\n").append(JsonOut.MAPPER.writeValueAsString(batch.get(i).record()));
            }
            Files.writeString(out.resolve(String.format("malformed-%03d.json", files)), array.append("\n]\n"));
            List<Map<String, Object>> expected = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                expected.add(Map.of("index", i, "kind", batch.get(i).kind().name(), "fields", batch.get(i).fields()));
            }
            JsonOut.writeArray(out.resolve(String.format("expected-%03d.json", files)), expected);
        }
        String whole = JsonOut.MAPPER.writeValueAsString(base.subList(0, Math.min(3, base.size())));
        for (int t = 1; t <= truncated; t++) {
            int cut = 1 + random.nextInt(whole.length() - 1);      // never the whole text: the closing ] is gone
            Files.write(out.resolve(String.format("truncated-%02d.json", t)),
                    whole.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(out.resolve("malformed.csv"), csv(all, csvRows, random, false));
        Files.writeString(out.resolve("truncated.csv"), csv(all, csvRows, random, true));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("records", all.size());
        counts.put("files", files);
        counts.put("truncatedBodies", truncated);
        counts.put("csvRows", Math.min(csvRows, all.size()));
        JsonOut.writeObject(out.resolve("malformed-summary.json"), counts);
        return counts;
    }

    static List<Mutations.Mutated> records(List<ObjectNode> base, int count, Random random, String prefix) {
        List<Mutations.Mutated> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ObjectNode valid = base.get(i % base.size()).deepCopy();
            valid.put("settlementId", String.format("%sS%07d", prefix, i));
            valid.put("personId", String.format("%sP%07d", prefix, i));
            all.add(Mutations.mutate(valid, i, random));
        }
        return all;
    }

    /** A CSV body: the header, then rows whose totalCost is not a number, or (truncated) rows cut short. */
    static String csv(List<Mutations.Mutated> all, int rows, Random random, boolean truncated) {
        StringBuilder b = new StringBuilder(String.join(",", CSV_COLUMNS)).append('\n');
        for (int i = 0; i < Math.min(rows, all.size()); i++) {
            ObjectNode r = all.get(i).record();
            List<String> cells = new ArrayList<>();
            for (String c : CSV_COLUMNS) {
                cells.add(r.hasNonNull(c) && r.get(c).isValueNode() ? r.get(c).asText().replace(",", "").replace("\n", "") : "");
            }
            if (!truncated) {
                cells.set(CSV_COLUMNS.indexOf("totalCost"), "12.5元");
            } else {
                cells = cells.subList(0, 2 + random.nextInt(CSV_COLUMNS.size() - 3));   // >= 2 cells: never a blank line
            }
            b.append(String.join(",", cells)).append('\n');
        }
        return b.toString();
    }
}
