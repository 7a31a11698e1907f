package cn.ybjg.bench.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The flags the running engine raised for one run, as supervision's API serves them: rows of its flag table (under
 * the streams engine written by the flag projection from flags.v1) whose personId starts with the run's prefix and
 * that are not WITHDRAWN, settlement- and person-level, per rule as flag id → subject_key.
 */
final class StreamingFlags {
    private StreamingFlags() {
    }

    static Map<String, Map<String, String>> of(Connection supervision, String prefix) throws Exception {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        RuleParameters.RULES.forEach(r -> out.put(r, new TreeMap<>()));
        try (PreparedStatement q = supervision.prepareStatement("select rule_code, id::text, subject_key from flag"
                + " where person_id like ? and status <> 'WITHDRAWN'")) {
            q.setString(1, SqlScope.likePrefix(prefix));
            q.setFetchSize(10_000);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2), r.getString(3));
                }
            }
        }
        return out;
    }
}
