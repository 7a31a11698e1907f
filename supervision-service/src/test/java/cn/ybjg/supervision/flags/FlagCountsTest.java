package cn.ybjg.supervision.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The totals of GET /flags from the trigger-kept counters equal a count of the flag rows, before and after folding. */
@QuarkusTest
class FlagCountsTest {

    @Inject
    DataSource dataSource;
    @Inject
    FlagService flags;
    @Inject
    FlagCounts counts;

    @Test
    void countersMatchTheRowsThroughInsertsUpdatesDeletesAndCompaction() throws Exception {
        String a = region(), b = region();
        insert(a, "GENDER_MISMATCH", "DEFINITE", 7);
        insert(a, "NOT_ENROLLED", "DEFINITE", 5);
        insert(b, "DECEASED_ACTIVE", "SUSPICIOUS", 4);
        sql("update flag set status = 'CONFIRMED' where region_code = ? and rule_code = 'GENDER_MISMATCH'"
                + " and subject_key like '%:1' or region_code = ? and subject_key like '%:2'", a, a);
        sql("update flag set status = 'WITHDRAWN' where region_code = ? and subject_key like '%:3'", b);
        sql("delete from flag where region_code = ? and rule_code = 'NOT_ENROLLED' and subject_key like '%:4'", a);
        assertTotals(a, b);
        counts.compact();
        assertTotals(a, b);
        // Folded by TRUNCATE, not DELETE: no dead rows stay behind (autovacuum may be off), the file holds the totals only.
        long[] sizeAndRows = sizeAndRows();
        assertTrue(sizeAndRows[0] <= (sizeAndRows[1] / 50 + 1) * 8192, "flag_count_delta " + sizeAndRows[0]
                + " bytes for " + sizeAndRows[1] + " rows");
    }

    private long[] sizeAndRows() throws Exception {
        try (Connection c = dataSource.getConnection(); var r = c.createStatement().executeQuery(
                "select pg_relation_size('flag_count_delta'), (select count(*) from flag_count_delta)")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    private void assertTotals(String a, String b) throws Exception {
        List<String[]> filters = new ArrayList<>();
        for (String region : new String[] {a, b}) {
            for (String rule : new String[] {null, "GENDER_MISMATCH", "NOT_ENROLLED", "DECEASED_ACTIVE"}) {
                for (String status : new String[] {null, "OPEN", "CONFIRMED", "WITHDRAWN"}) {
                    filters.add(new String[] {region, rule, status, null});
                }
            }
            filters.add(new String[] {region, null, null, "SUSPICIOUS"});
        }
        for (String[] f : filters) {
            FlagQuery q = new FlagQuery(f[1], f[3], f[2], null, f[0], null, null, null, null, 0, 1, Optional.empty());
            assertEquals(rows(f), flags.search(q).total(), String.join("/", String.valueOf(f[0]), f[1], f[2], f[3]));
        }
        FlagQuery scoped = new FlagQuery(null, null, null, null, null, null, null, null, null, 0, 1,
                Optional.of(List.of(a, b)));
        assertEquals(rows(new String[] {a, null, null, null}) + rows(new String[] {b, null, null, null}),
                flags.search(scoped).total());
    }

    /** The exact count the way FlagService would count without the counters. */
    private long rows(String[] f) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select count(*) from flag where region_code = ? and (?::text is null or rule_code = ?)
                 and (?::text is null and status <> 'WITHDRAWN' or status = ?) and (?::text is null or severity = ?)""")) {
            ps.setString(1, f[0]);
            ps.setString(2, f[1]);
            ps.setString(3, f[1]);
            ps.setString(4, f[2]);
            ps.setString(5, f[2]);
            ps.setString(6, f[3]);
            ps.setString(7, f[3]);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String region() {
        return "8" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    private void insert(String region, String rule, String severity, int n) throws Exception {
        sql("""
                insert into flag (id, rule_code, subject_key, rule_version, severity, region_code, person_id,
                  id_number_hash, id_number_masked, amount_at_risk, evidence, detected_at, period_date, status,
                  status_changed_at)
                select gen_random_uuid(), ?, ? || ':' || g, 1, ?, ?, 'P-COUNT', repeat('0', 64),
                  '431002********0000', 1.00, '{}'::jsonb, now(), current_date, 'OPEN', now()
                from generate_series(1, ?) g""", rule, "COUNT-" + region + "-" + rule, severity, region, n);
    }

    private void sql(String sql, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            ps.executeUpdate();
        }
    }
}
