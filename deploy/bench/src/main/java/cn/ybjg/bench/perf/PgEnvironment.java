package cn.ybjg.bench.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What of PostgreSQL shapes the numbers, for the result JSON: the server's settings (read with SHOW, so the values in
 * force, not a file's) and the size on disk of the tables every settlement passes through.
 */
final class PgEnvironment {
    static final List<String> SETTINGS = List.of("autovacuum", "shared_buffers", "work_mem", "max_wal_size",
            "synchronous_commit");
    static final List<String> CLAIMS_HOT = List.of("outbox", "outbox_relay");
    static final List<String> SUPERVISION_HOT = List.of("flag_outbox", "flag_count_delta", "flag");

    private PgEnvironment() {
    }

    static Map<String, String> settings(Connection db) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement()) {
            for (String name : SETTINGS) {
                try (ResultSet r = s.executeQuery("show " + name)) {
                    r.next();
                    out.put(name, r.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * "database.table" → pg_total_relation_size (table, indexes and TOAST) in bytes, summed over its partitions (the
     * claims outbox is two slot tables; pg_partition_tree has no row for a plain table); null for a missing table.
     */
    static Map<String, Long> hotTableSizes(Connection claims, Connection supervision) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        sizes(claims, "claims", CLAIMS_HOT, out);
        sizes(supervision, "supervision", SUPERVISION_HOT, out);
        return out;
    }

    private static void sizes(Connection db, String name, List<String> tables, Map<String, Long> out)
            throws Exception {
        try (PreparedStatement q = db.prepareStatement("""
                select coalesce((select sum(pg_total_relation_size(relid)) from pg_partition_tree(t)),
                                pg_total_relation_size(t))
                from to_regclass(?) t""")) {
            for (String t : tables) {
                q.setString(1, t);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    long bytes = r.getLong(1);
                    out.put(name + "." + t, r.wasNull() ? null : bytes);
                }
            }
        }
    }
}
