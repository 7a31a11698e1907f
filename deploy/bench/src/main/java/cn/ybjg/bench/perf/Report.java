package cn.ybjg.bench.perf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result JSON: machine, command, the environment of the run (engine, PostgreSQL settings, hot table sizes), rows
 * (as in the table) and the details behind them.
 */
final class Report {
    private Report() {
    }

    static Map<String, Object> json(List<Row> rows, Map<String, Object> details, Map<String, Object> environment,
                                    String[] args) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("finishedAt", OffsetDateTime.now().toString());
        m.put("command", "deploy/bench/bench.sh " + String.join(" ", args));
        m.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "memoryGiB", memoryGiB()));
        m.putAll(environment);
        m.put("rows", rows.stream().map(Row::toJson).toList());
        m.put("details", details);
        return m;
    }

    static void write(Path file, List<Row> rows, Map<String, Object> details, Map<String, Object> environment,
                      String[] args) throws Exception {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Files.write(file, BenchData.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json(rows, details,
                environment, args)));
    }

    static double memoryGiB() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0 * 10) / 10.0;
            }
        }
        return Double.NaN;
    }
}
