package cn.ybjg.supervision.state;

import cn.ybjg.supervision.rules.DeathFact;
import cn.ybjg.supervision.rules.EnrollmentFact;
import cn.ybjg.supervision.rules.PersonHistory;
import cn.ybjg.supervision.rules.SettlementFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Loads whole person histories for a batch of persons: one query per table, never one per person or rule. */
@ApplicationScoped
public class StateReader {

    static final String SETTLEMENT_COLUMNS = """
            institution_code, settlement_id, id_number_hash, id_number_masked, person_id, region_code, gender,
            insurance_type, medical_type, admission_date, discharge_date, period_date, primary_diagnosis, drg_code,
            total_cost, fund_payments, status""";

    @Inject
    DataSource dataSource;

    public Map<String, PersonHistory> histories(Collection<String> hashes) {
        Map<String, List<SettlementFact>> settlements = new HashMap<>();
        Map<String, List<EnrollmentFact>> enrollments = new HashMap<>();
        Map<String, DeathFact> deaths = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            var array = c.createArrayOf("varchar", hashes.toArray());
            try (PreparedStatement ps = c.prepareStatement("select " + SETTLEMENT_COLUMNS
                    + " from settlement_state where id_number_hash = any(?) order by admission_date, settlement_id")) {
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SettlementFact s = settlement(rs);
                        settlements.computeIfAbsent(s.idNumberHash(), k -> new ArrayList<>()).add(s);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select id_number_hash, insurance_type, region_code, "
                    + "start_date, end_date, status, person_id, id_number_masked from enrollment_state "
                    + "where id_number_hash = any(?) order by start_date, insurance_type, region_code")) {
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        enrollments.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new EnrollmentFact(
                                rs.getString(2), rs.getString(3), date(rs, 4), date(rs, 5), rs.getString(6),
                                rs.getString(7), rs.getString(8)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select id_number_hash, date_of_death, source, "
                    + "id_number_masked from death_state where id_number_hash = any(?)")) {
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        deaths.put(rs.getString(1), new DeathFact(date(rs, 2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("state read failed: " + e.getMessage(), e);
        }
        Map<String, PersonHistory> out = new LinkedHashMap<>();
        for (String h : hashes) {
            out.put(h, new PersonHistory(h, settlements.getOrDefault(h, List.of()), enrollments.getOrDefault(h, List.of()),
                    Optional.ofNullable(deaths.get(h))));
        }
        return out;
    }

    /** Settlements of one DRG group whose period date lies in from..to (for re-checks after the group moved). */
    public List<SettlementFact> groupSettlements(String region, String drg, LocalDate from, LocalDate to) {
        List<SettlementFact> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + SETTLEMENT_COLUMNS + " from settlement_state "
                        + "where region_code = ? and drg_code = ? and status = 'SETTLED' and period_date between ? and ?")) {
            ps.setString(1, region);
            ps.setString(2, drg);
            ps.setDate(3, Date.valueOf(from));
            ps.setDate(4, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(settlement(rs));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("group read failed: " + e.getMessage(), e);
        }
        return out;
    }

    static SettlementFact settlement(ResultSet rs) throws SQLException {
        return new SettlementFact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), date(rs, 10), date(rs, 11),
                date(rs, 12), rs.getString(13), rs.getString(14), rs.getBigDecimal(15), rs.getBigDecimal(16),
                "REVERSED".equals(rs.getString(17)));
    }

    static LocalDate date(ResultSet rs, int i) throws SQLException {
        Date d = rs.getDate(i);
        return d == null ? null : d.toLocalDate();
    }
}
