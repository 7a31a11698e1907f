package cn.ybjg.indicators.api;

import cn.ybjg.indicators.compute.AggregateRow;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The three reads behind every answer: aggregate rows, enrolled persons on given days, flagged amounts. */
@ApplicationScoped
public class IndicatorQueries {

    @Inject
    AgroalDataSource dataSource;

    public List<AggregateRow> aggregates(String region, String insuranceType, YearMonth from, YearMonth to) throws SQLException {
        String sql = """
                select month, insurance_type, medical_type, payment_method, settlement_count, total_cost,
                  policy_scope_cost, fund_payment, serious_illness_payment, medical_assistance_payment,
                  personal_account_payment, cash_payment
                from settlement_aggregate where region_code = ? and month between ? and ?
                  and (?::varchar is null or insurance_type = ?)""";
        List<AggregateRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setDate(2, Date.valueOf(from.atDay(1)));
            ps.setDate(3, Date.valueOf(to.atDay(1)));
            ps.setString(4, insuranceType);
            ps.setString(5, insuranceType);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AggregateRow(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                            rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                            rs.getBigDecimal(12)));
                }
            }
        }
        return rows;
    }

    /** Distinct persons with an ACTIVE 310/390 (or the given type) enrollment of the region covering each day. */
    public Map<LocalDate, Long> enrolledPersons(String region, String insuranceType, List<LocalDate> days) throws SQLException {
        String sql = """
                select d.day, count(distinct e.id_number_hash)
                from unnest(?::date[]) as d(day)
                left join enrollment e on e.region_code = ? and e.status = 'ACTIVE'
                  and e.insurance_type = any(?::varchar[]) and e.start_date <= d.day
                  and (e.end_date is null or e.end_date >= d.day)
                group by d.day""";
        Map<LocalDate, Long> counts = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("date", days.stream().map(Date::valueOf).toArray()));
            ps.setString(2, region);
            ps.setArray(3, c.createArrayOf("varchar", insuranceType == null ? new Object[] {"310", "390"} : new Object[] {insuranceType}));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) counts.put(rs.getDate(1).toLocalDate(), rs.getLong(2));
            }
        }
        return counts;
    }

    /** Σ amountAtRisk of OPEN and CONFIRMED flags per month of periodDate (WITHDRAWN and DISMISSED left out). */
    public Map<YearMonth, BigDecimal> flaggedAmounts(String region, String insuranceType, YearMonth from, YearMonth to) throws SQLException {
        String sql = """
                select date_trunc('month', period_date)::date, sum(amount_at_risk) from flag
                where region_code = ? and period_date between ? and ? and status in ('OPEN', 'CONFIRMED')
                  and (?::varchar is null or insurance_type = ?)
                group by 1""";
        Map<YearMonth, BigDecimal> sums = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setDate(2, Date.valueOf(from.atDay(1)));
            ps.setDate(3, Date.valueOf(to.atEndOfMonth()));
            ps.setString(4, insuranceType);
            ps.setString(5, insuranceType);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) sums.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getBigDecimal(2));
            }
        }
        return sums;
    }
}
