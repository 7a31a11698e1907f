package cn.ybjg.supervision.state;

import cn.ybjg.supervision.rules.DrgData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import javax.sql.DataSource;

/**
 * Loads, once per batch and region, the DRG samples (group, period date, totalCost of counted inpatient
 * settlements) over the date range the batch needs, plus the configured benchmarks of the region.
 */
@ApplicationScoped
public class DrgDataLoader {

    /** Inclusive date range a region's subjects need samples for. */
    public record Range(LocalDate from, LocalDate to) {
    }

    @Inject
    DataSource dataSource;

    public DrgData load(Map<String, Range> regions) {
        Map<String, Map<String, TreeMap<LocalDate, List<BigDecimal>>>> samples = new HashMap<>();
        Map<String, BigDecimal> configured = new HashMap<>();
        Map<String, Set<String>> groups = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (var r : regions.entrySet()) {
                var byDrg = samples.computeIfAbsent(r.getKey(), k -> new HashMap<>());
                Set<String> g = groups.computeIfAbsent(r.getKey(), k -> new HashSet<>());
                try (PreparedStatement ps = c.prepareStatement("select drg_code, period_date, total_cost from settlement_state "
                        + "where region_code = ? and drg_code is not null and status = 'SETTLED' and medical_type like '2%' "
                        + "and period_date between ? and ?")) {
                    ps.setString(1, r.getKey());
                    ps.setDate(2, Date.valueOf(r.getValue().from()));
                    ps.setDate(3, Date.valueOf(r.getValue().to()));
                    ps.setFetchSize(5000);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            g.add(rs.getString(1));
                            byDrg.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                                    .computeIfAbsent(rs.getDate(2).toLocalDate(), k -> new ArrayList<>())
                                    .add(rs.getBigDecimal(3));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "select drg_code, year, benchmark_cost from drg_benchmark where region_code = ?")) {
                    ps.setString(1, r.getKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            g.add(rs.getString(1));
                            configured.put(r.getKey() + "/" + rs.getString(1) + "/" + rs.getInt(2), rs.getBigDecimal(3));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DRG sample read failed: " + e.getMessage(), e);
        }
        return new DrgData() {
            public Optional<BigDecimal> configured(String region, String drg, int year) {
                return Optional.ofNullable(configured.get(region + "/" + drg + "/" + year));
            }

            public List<BigDecimal> costs(String region, String drg, LocalDate from, LocalDate to) {
                var byDate = samples.getOrDefault(region, Map.of()).get(drg);
                if (byDate == null) return List.of();
                List<BigDecimal> out = new ArrayList<>();
                byDate.subMap(from, true, to, true).values().forEach(out::addAll);
                return out;
            }

            public void forEachSample(String region, String drg, LocalDate from, LocalDate to,
                    BiConsumer<LocalDate, BigDecimal> sink) {
                var byDate = samples.getOrDefault(region, Map.of()).get(drg);
                if (byDate == null) return;
                byDate.subMap(from, true, to, true).forEach((date, costs) -> costs.forEach(c -> sink.accept(date, c)));
            }

            public Set<String> groups(String region) {
                return groups.getOrDefault(region, Set.of());
            }
        };
    }
}
