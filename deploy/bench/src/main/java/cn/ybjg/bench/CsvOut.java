package cn.ybjg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Settlements as CSV for `Content-Type: text/csv`: header of the field names, lists joined with ';'. */
final class CsvOut {
    private CsvOut() {
    }

    static void write(Path file, List<Map<String, Object>> records) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", Records.SETTLEMENT_FIELDS) + "\n");
            for (Map<String, Object> r : records) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < Records.SETTLEMENT_FIELDS.length; i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    line.append(cell(r.get(Records.SETTLEMENT_FIELDS[i])));
                }
                w.write(line.append('\n').toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof List<?> list ? String.join(";", list.stream().map(String::valueOf).toList())
                : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        return text.matches(".*[\",\\n\\r].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
