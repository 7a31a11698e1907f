package cn.ybjg.bench.perf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JVM's used heap read from its hsperfdata file (what jstat reads), without asking the JVM anything: scraping
 * /q/metrics once a second cost supervision-service 5% of its CPU during the audit (JFR: the Prometheus text of every
 * Kafka Streams metric), which the bench then counted against the engine. The file is HotSpot's PerfData layout: a
 * prologue, then entries of name and value; the heap is the sum of the {@code sun.gc.generation.N.space.M.used} longs.
 */
final class PerfData {
    private static final int MAGIC = 0xcafec0c0;

    private PerfData() {
    }

    /** The file of a local JVM, or null when it has none (started with -XX:-UsePerfData, or not a HotSpot JVM). */
    static Path fileOf(long pid) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "hsperfdata_" + System.getProperty("user.name"),
                Long.toString(pid));
        return pid > 0 && Files.isReadable(file) ? file : null;
    }

    /** Used heap in MiB. */
    static double heapMiB(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
        if (b.getInt(0) != MAGIC) {
            throw new IOException(file + " is not a PerfData file");
        }
        b.order(b.get(4) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int entry = b.getInt(24);
        int entries = b.getInt(28);
        long used = 0;
        for (int i = 0; i < entries; i++) {
            int length = b.getInt(entry);
            String name = cString(b, entry + b.getInt(entry + 4));
            if (b.get(entry + 12) == 'J' && name.startsWith("sun.gc.generation.") && name.endsWith(".used")
                    && name.contains(".space.")) {
                used += b.getLong(entry + b.getInt(entry + 16));
            }
            entry += length;
        }
        return used / (1024.0 * 1024.0);
    }

    private static String cString(ByteBuffer b, int at) {
        int end = at;
        while (b.get(end) != 0) end++;
        return new String(b.array(), at, end - at, StandardCharsets.US_ASCII);
    }
}
