package cn.ybjg.supervision.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Grouped counts and amounts of flags in one GROUP BY, so a dashboard reads "open flags by rule, region or
 * institution" in one request instead of paging through every flag. Grouping expressions come from the
 * {@link Dimension} whitelist only; every value is a bind parameter.
 */
@ApplicationScoped
public class FlagSummaryService {

    @Inject
    DataSource dataSource;

    public List<SummaryGroup> summarise(SummaryQuery q) {
        if (q.regionScope().isPresent() && q.regionScope().get().isEmpty()) {
            return List.of();
        }
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        equal(where, values, "rule_code", q.ruleCode());
        equal(where, values, "severity", q.severity());
        if (q.status() != null) {
            equal(where, values, "status", q.status());
        } else {
            where.add("status <> 'WITHDRAWN'");
        }
        equal(where, values, "institution_code", q.institutionCode());
        equal(where, values, "region_code", q.regionCode());
        if (q.from() != null) {
            where.add("period_date >= ?");
            values.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            where.add("period_date <= ?");
            values.add(Date.valueOf(q.to()));
        }
        if (q.regionScope().isPresent()) {
            where.add("region_code = any(?)");
            values.add(q.regionScope().get().toArray(String[]::new));
        }
        List<String> keys = q.groupBy().stream().map(d -> d.sql).toList();
        String select = String.join(", ", keys) + (keys.isEmpty() ? "" : ", ");
        String sql = "select " + select + "count(*), coalesce(sum(amount_at_risk), 0),"
                + " coalesce(sum(recovered_amount) filter (where status = 'CONFIRMED'), 0) from flag"
                + " where " + String.join(" and ", where)
                + (keys.isEmpty() ? "" : " group by " + String.join(", ", keys) + " order by " + String.join(", ", keys));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            List<SummaryGroup> groups = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> key = new LinkedHashMap<>();
                    for (int d = 0; d < keys.size(); d++) {
                        key.put(q.groupBy().get(d).parameter, rs.getString(d + 1));
                    }
                    groups.add(new SummaryGroup(key, rs.getLong(keys.size() + 1), rs.getBigDecimal(keys.size() + 2),
                            rs.getBigDecimal(keys.size() + 3)));
                }
            }
            return groups;
        } catch (SQLException e) {
            throw new IllegalStateException("flag summary failed: " + e.getMessage(), e);
        }
    }

    private static void equal(List<String> where, List<Object> values, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.add(column + " = ?");
            values.add(value);
        }
    }
}
