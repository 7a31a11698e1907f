package cn.ybjg.bench.perf;

import java.util.List;

/** One CSV line: every value quoted (quotes doubled), a null as an empty unquoted field. */
final class CsvLine {

    private CsvLine() {
    }

    static String of(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String f = fields.get(i);
            if (f != null) {
                line.append('"').append(f.replace("\"", "\"\"")).append('"');
            }
        }
        return line.toString();
    }
}
