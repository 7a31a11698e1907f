package cn.ybjg.indicators.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The service connects as a runtime role that reads and writes rows but owns nothing and has no DDL right. */
@QuarkusTest
class RuntimeRoleTest {

    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.username")
    String runtimeRole;
    @ConfigProperty(name = "quarkus.flyway.username")
    String ownerRole;

    @Test
    void theRuntimeRoleWritesRowsAndOwnsNothing() throws SQLException {
        assertNotEquals(ownerRole, runtimeRole);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(runtimeRole, single(s, "select current_user"));
            assertEquals("0", single(s, "select count(*) from pg_class where relowner = current_user::regrole"));
            assertEquals("f", single(s, "select has_schema_privilege('public', 'CREATE')"));
            assertEquals("", single(s, """
                    select coalesce(string_agg(relname, ','), '') from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')
                      and relname <> 'flyway_schema_history'
                      and not (has_table_privilege(oid, 'SELECT') and has_table_privilege(oid, 'INSERT')
                           and has_table_privilege(oid, 'UPDATE') and has_table_privilege(oid, 'DELETE'))"""));
        }
        for (String ddl : List.of("drop table settlement_aggregate", "truncate settlement_aggregate",
                "alter table flag disable trigger all", "create table smuggled (id int)")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                try {
                    SQLException e = assertThrows(SQLException.class, () -> s.execute(ddl), ddl);
                    assertEquals("42501", e.getSQLState(), ddl + ": " + e.getMessage());
                } finally {
                    c.rollback();
                }
            }
        }
    }

    static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
