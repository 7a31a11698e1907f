package cn.ybjg.bench.perf;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The heap read from this test JVM's own hsperfdata file agrees with what the JVM reports of itself. */
class PerfDataTest {

    @Test
    void theHeapOfThisJvmReadsAsItsMxBeanSaysWithinAGcOrTwo() throws Exception {
        Path file = PerfData.fileOf(ProcessHandle.current().pid());
        assertNotNull(file, "HotSpot writes hsperfdata by default");
        byte[][] keep = new byte[64][];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = new byte[1 << 20];   // 64 MiB held across both readings
        }
        double mx = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
        double perf = PerfData.heapMiB(file);
        assertTrue(perf >= 64 && perf <= Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0), "perf " + perf);
        assertTrue(Math.abs(perf - mx) <= Math.max(32, 0.5 * mx), "perf " + perf + " MiB vs MXBean " + mx + " MiB");
        assertTrue(keep[63].length > 0);
        assertNull(PerfData.fileOf(-1));
    }
}
