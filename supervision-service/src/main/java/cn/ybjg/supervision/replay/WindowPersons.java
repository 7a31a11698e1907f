package cn.ybjg.supervision.replay;

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
import javax.sql.DataSource;

/** The persons with settlements in a window, paged by keyset on idNumberHash (an index-only scan). */
@ApplicationScoped
public class WindowPersons {

    /** A person of the window and how many of its settlements lie in it. */
    public record Person(String hash, long settlements) {
    }

    @Inject
    DataSource dataSource;

    public long settlements(LocalDate from, LocalDate to) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from settlement_state where period_date between ? and ?")) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("window count failed: " + e.getMessage(), e);
        }
    }

    public List<Person> page(LocalDate from, LocalDate to, String after, int limit) {
        List<Person> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select id_number_hash, count(*) from settlement_state
                where id_number_hash > ? and period_date between ? and ?
                group by id_number_hash order by id_number_hash limit ?""")) {
            ps.setString(1, after);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Person(rs.getString(1), rs.getLong(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("window page failed: " + e.getMessage(), e);
        }
        return out;
    }
}
