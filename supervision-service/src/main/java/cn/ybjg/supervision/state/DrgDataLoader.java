package cn.ybjg.supervision.state;

import cn.ybjg.supervision.rules.DrgData;
import cn.ybjg.supervision.rules.DrgSamples;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
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
        DrgSamples data = new DrgSamples();
        try (Connection c = dataSource.getConnection()) {
            for (var r : regions.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("select drg_code, period_date, total_cost from settlement_state "
                        + "where region_code = ? and drg_code is not null and status = 'SETTLED' and medical_type like '2%' "
                        + "and period_date between ? and ?")) {
                    ps.setString(1, r.getKey());
                    ps.setDate(2, Date.valueOf(r.getValue().from()));
                    ps.setDate(3, Date.valueOf(r.getValue().to()));
                    ps.setFetchSize(5000);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            data.addSample(r.getKey(), rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3));
                        }
                    }
                }
                addConfigured(c, r.getKey(), data);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DRG sample read failed: " + e.getMessage(), e);
        }
        return data;
    }

    /** Every configured benchmark (a replay over the streams engine's stores needs all regions). */
    public void addConfigured(DrgSamples data) {
        try (Connection c = dataSource.getConnection()) {
            addConfigured(c, null, data);
        } catch (SQLException e) {
            throw new IllegalStateException("DRG benchmark read failed: " + e.getMessage(), e);
        }
    }

    private static void addConfigured(Connection c, String region, DrgSamples data) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select region_code, drg_code, year, benchmark_cost "
                + "from drg_benchmark where ?::text is null or region_code = ?")) {
            ps.setString(1, region);
            ps.setString(2, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) data.addConfigured(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4));
            }
        }
    }
}
