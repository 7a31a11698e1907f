package cn.ybjg.indicators.ingest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Claims event ids in processed_event: returns those never seen before (in the caller's transaction). */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    AgroalDataSource dataSource;

    public Set<String> claim(String topic, Collection<String> eventIds) throws SQLException {
        Set<String> fresh = new HashSet<>();
        if (eventIds.isEmpty()) return fresh;
        String sql = """
                insert into processed_event (event_id, topic) select distinct e, ? from unnest(?::varchar[]) e
                on conflict (event_id) do nothing returning event_id""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, topic);
            ps.setArray(2, c.createArrayOf("varchar", eventIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) fresh.add(rs.getString(1));
            }
        }
        return fresh;
    }
}
