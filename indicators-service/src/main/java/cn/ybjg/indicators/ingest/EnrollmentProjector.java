package cn.ybjg.indicators.ingest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Upserts enrollment state by identity; events already applied (same eventId) are skipped. */
@ApplicationScoped
public class EnrollmentProjector {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ProcessedEvents processed;

    @Transactional
    public int apply(List<EnrollmentEvent> events) throws SQLException {
        Set<String> fresh = processed.claim("enrollments.v1", events.stream().map(EnrollmentEvent::eventId).toList());
        Map<String, EnrollmentEvent> latest = new LinkedHashMap<>();
        for (EnrollmentEvent e : events) {
            if (fresh.contains(e.eventId())) latest.put(e.identity(), e);
        }
        if (latest.isEmpty()) return 0;
        String sql = """
                insert into enrollment (id_number_hash, insurance_type, region_code, start_date, end_date, status)
                values (?, ?, ?, ?, ?, ?)
                on conflict (id_number_hash, insurance_type, region_code, start_date) do update set
                  end_date = excluded.end_date, status = excluded.status, updated_at = now()""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (EnrollmentEvent e : latest.values()) {
                ps.setString(1, e.idNumberHash());
                ps.setString(2, e.insuranceType());
                ps.setString(3, e.regionCode());
                ps.setDate(4, Date.valueOf(e.startDate()));
                ps.setDate(5, e.endDate() == null ? null : Date.valueOf(e.endDate()));
                ps.setString(6, e.status());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return latest.size();
    }
}
