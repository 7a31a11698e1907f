package cn.ybjg.bench.perf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The CSV form of generated settlement files, as a hospital would upload them (POST /api/v1/settlements with
 * text/csv): a header row of field names, list fields ';'-separated, every value quoted. Written to disk before a
 * measurement starts, next to the JSON files, one CSV per JSON file.
 */
final class CsvSettlements {

    private CsvSettlements() {
    }

    static List<Path> write(List<Path> jsonFiles) throws Exception {
        List<Path> out = new ArrayList<>();
        for (Path json : jsonFiles) {
            Path csv = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", "") + ".csv");
            JsonNode records = BenchData.JSON.readTree(json.toFile());
            Set<String> columns = new LinkedHashSet<>();
            records.forEach(r -> r.fieldNames().forEachRemaining(columns::add));
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write(String.join(",", columns));
                w.write('\n');
                for (JsonNode r : records) {
                    w.write(row(r, columns));
                    w.write('\n');
                }
            }
            out.add(csv);
        }
        return out;
    }

    static String row(JsonNode record, Set<String> columns) {
        List<String> fields = new ArrayList<>(columns.size());
        for (String column : columns) {
            JsonNode v = record.get(column);
            fields.add(v == null || v.isNull() ? null
                    : v.isArray() ? joined(v) : v.isNumber() ? v.decimalValue().toPlainString() : v.asText());
        }
        return CsvLine.of(fields);
    }

    private static String joined(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(i -> items.add(i.asText()));
        return String.join(";", items);
    }
}
