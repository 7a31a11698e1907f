package cn.ybjg.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PostgreSQL's settings and the hot tables' sizes as the result JSON records them, read from a real server. */
class PgEnvironmentTest {

    @Test
    void settingsAreTheServersAndAMissingTableHasNoSize() throws Exception {
        try (ClaimsTables t = new ClaimsTables()) {
            Map<String, String> settings = PgEnvironment.settings(t.db);
            assertEquals(PgEnvironment.SETTINGS, List.copyOf(settings.keySet()));
            assertTrue(settings.get("autovacuum").matches("on|off"), settings.toString());
            assertTrue(settings.get("shared_buffers").matches("\\d+[kMG]B"), settings.toString());

            // claims' tables are there (outbox included), supervision's are not: null, not 0
            Map<String, Long> sizes = PgEnvironment.hotTableSizes(t.db, t.db);
            assertEquals(List.of("claims.outbox", "claims.outbox_relay", "supervision.flag_outbox", "supervision.flag_count_delta",
                    "supervision.flag"), List.copyOf(sizes.keySet()));
            assertNotNull(sizes.get("claims.outbox"));
            assertTrue(sizes.get("claims.outbox") > 0, "the slots' indexes take pages (a partitioned table)");
            assertTrue(sizes.get("claims.outbox_relay") > 0, "the relay's row takes a page (a plain table)");
            assertNull(sizes.get("supervision.flag"));
        }
    }

    @Test
    void theResultJsonCarriesTheEnvironmentAtItsTop() throws Exception {
        Map<String, Object> json = Report.json(List.of(Row.of("x", 1, "s")), Map.of("runId", "R"),
                Map.of("engine", "streams", "postgres", Map.of("autovacuum", "on")), new String[] {"--scale"});
        assertEquals("streams", json.get("engine"));
        assertEquals(Map.of("autovacuum", "on"), json.get("postgres"));
        assertEquals("deploy/bench/bench.sh --scale", json.get("command"));
        List<String> keys = List.copyOf(json.keySet());
        assertEquals(List.of("finishedAt", "command", "machine"), keys.subList(0, 3));
        assertEquals(List.of("rows", "details"), keys.subList(keys.size() - 2, keys.size()));
        assertEquals(7, keys.size(), "engine and postgres between machine and rows: " + keys);
    }
}
