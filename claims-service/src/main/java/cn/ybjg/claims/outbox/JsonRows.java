package cn.ybjg.claims.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one set-based statement over many rows passed as a single jsonb parameter
 * ({@code jsonb_to_recordset(?::jsonb)}): one round trip per chunk instead of one per row.
 */
public final class JsonRows {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private JsonRows() {
    }

    public static <T> List<T> query(Connection connection, String sql, ArrayNode rows, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, MAPPER.writeValueAsString(rows));
            List<T> result = new ArrayList<>();
            if (statement.execute()) {
                try (ResultSet rs = statement.getResultSet()) {
                    while (rs.next()) {
                        result.add(mapper.map(rs));
                    }
                }
            }
            return result;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }
}
