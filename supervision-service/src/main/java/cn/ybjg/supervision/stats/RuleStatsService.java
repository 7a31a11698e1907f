package cn.ybjg.supervision.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Rule statistics in one GROUP BY over the flags, within the caller's regions; from/to filter periodDate. */
@ApplicationScoped
public class RuleStatsService {

    private static final String SQL = """
            select rule_code, rule_version,
              count(*) filter (where status = 'OPEN'),
              count(*) filter (where status = 'CONFIRMED'),
              count(*) filter (where status = 'DISMISSED'),
              count(*) filter (where status = 'WITHDRAWN'),
              coalesce(sum(amount_at_risk) filter (where status <> 'WITHDRAWN'), 0),
              coalesce(sum(recovered_amount) filter (where status = 'CONFIRMED'), 0)
            from flag
            where (cast(? as varchar) is null or region_code = ?)
              and (cast(? as varchar[]) is null or region_code = any(?))
              and (cast(? as date) is null or period_date >= ?)
              and (cast(? as date) is null or period_date <= ?)
            group by rule_code, rule_version
            order by rule_code, rule_version""";

    @Inject
    DataSource dataSource;

    public List<RuleStat> stats(String regionCode, LocalDate from, LocalDate to, Optional<List<String>> scope) {
        if (scope.isPresent() && scope.get().isEmpty()) return List.of();
        List<RuleStat> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            String region = regionCode == null || regionCode.isBlank() ? null : regionCode;
            var regions = scope.isPresent() ? c.createArrayOf("varchar", scope.get().toArray()) : null;
            ps.setString(1, region);
            ps.setString(2, region);
            ps.setArray(3, regions);
            ps.setArray(4, regions);
            ps.setDate(5, from == null ? null : Date.valueOf(from));
            ps.setDate(6, from == null ? null : Date.valueOf(from));
            ps.setDate(7, to == null ? null : Date.valueOf(to));
            ps.setDate(8, to == null ? null : Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(RuleStat.of(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getBigDecimal(7), rs.getBigDecimal(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rule statistics failed: " + e.getMessage(), e);
        }
        return out;
    }
}
