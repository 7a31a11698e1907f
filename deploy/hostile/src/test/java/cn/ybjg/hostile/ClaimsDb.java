package cn.ybjg.hostile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Read-only questions to claims-service's database: what of the suite's input was stored. */
final class ClaimsDb {
    private final String url;

    ClaimsDb(String url) {
        this.url = url;
    }

    /** The settlementIds among {@code ids} that are stored, exactly as written, under any institution. */
    Set<String> stored(Collection<String> ids) {
        return matching("settlement_id", ids);
    }

    /** The personIds among {@code ids} that some stored settlement carries. */
    Set<String> storedPersons(Collection<String> ids) {
        return matching("person_id", ids);
    }

    private Set<String> matching(String column, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("select " + column + " from settlement where " + column + " = any(?)")) {
            s.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("claims database: " + e.getMessage(), e);
        }
        return found;
    }

    /** Settlements whose settlementId or personId starts with the prefix (letters, digits and '-' only). */
    long countStartingWith(String prefix) {
        return count("select count(*) from settlement where settlement_id like ? or person_id like ?", prefix + "%", prefix + "%");
    }

    /** Settlements whose settlementId contains the fragment anywhere (a key with something stripped or added). */
    long countContaining(String fragment) {
        return count("select count(*) from settlement where position(? in settlement_id) > 0 or position(? in person_id) > 0",
                fragment, fragment);
    }

    /** Events written by claims-service and not yet relayed to Kafka. */
    long outboxBacklog() {
        return count("select count(*) from outbox_pending");
    }

    private long count(String sql, String... args) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("claims database: " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        c.setReadOnly(true);
        return c;
    }
}
