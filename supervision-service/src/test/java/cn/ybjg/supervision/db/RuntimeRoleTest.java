package cn.ybjg.supervision.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The service connects as a runtime role that owns nothing and has no DDL right, so it cannot switch off or remove
 * the triggers that keep the audit log append-only; Flyway migrates as the owner role (deploy/README.md).
 */
@QuarkusTest
class RuntimeRoleTest {

    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String runtimeRole;
    @ConfigProperty(name = "quarkus.flyway.username")
    String ownerRole;
    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @Test
    void theServiceConnectsAsARoleThatOwnsNothing() throws SQLException {
        assertNotEquals(ownerRole, runtimeRole);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(runtimeRole, single(s, "select current_user"));
            assertEquals("0", single(s, "select count(*) from pg_class where relowner = current_user::regrole"));
            assertEquals("0", single(s, "select count(*) from pg_proc where proowner = current_user::regrole"));
            assertEquals("f", single(s, "select has_schema_privilege('public', 'CREATE')"));
            assertEquals("f", single(s, "select has_table_privilege('flyway_schema_history', 'SELECT')"));
        }
    }

    @Test
    void theRuntimeRoleCannotTouchTheAuditTrailOrTheSchema() throws SQLException {
        for (String ddl : List.of("alter table audit_log disable trigger all",
                "alter table audit_log disable trigger audit_log_no_update",
                "drop trigger audit_log_no_update on audit_log",
                "drop trigger audit_log_no_truncate on audit_log",
                "drop function audit_log_append_only() cascade",
                "drop table audit_log",
                "alter table audit_log owner to " + runtimeRole,
                "truncate audit_log",
                "update audit_log set actor = 'x'",
                "delete from audit_log",
                "alter table flag add column smuggled text",
                "create table smuggled (id int)")) {
            SQLException e = refused(dataSource.getConnection(), ddl);
            assertFalse(e.getMessage().contains("append-only"), ddl + ": refused by the trigger, not by privilege");
        }
    }

    @Test
    void theRuntimeRoleStillWritesWhatTheServiceWrites() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.execute("insert into audit_log (at, actor, action, details) values (now(), 'role-test', 'TEST', '{}')");
                s.execute("create temporary table scratch (id int) on commit drop");
                assertEquals("", single(s, WITHOUT_ROW_RIGHTS + " and relname not in ('flyway_schema_history', 'audit_log')"));
                assertEquals("t", single(s, "select has_table_privilege('audit_log', 'SELECT')"
                        + " and has_table_privilege('audit_log', 'INSERT')"));
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void evenTheOwnerRunsIntoTheAppendOnlyTriggers() throws SQLException {
        for (String sql : List.of("update audit_log set actor = 'x'", "delete from audit_log", "truncate audit_log")) {
            SQLException e = refused(DriverManager.getConnection(url, ownerRole, ownerPassword), sql);
            assertTrue(e.getMessage().contains("audit_log is append-only"), e.getMessage());
        }
    }

    /** The tables of schema public on which the current role lacks one of SELECT, INSERT, UPDATE, DELETE. */
    static final String WITHOUT_ROW_RIGHTS = """
            select coalesce(string_agg(relname, ','), '') from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')
              and not (has_table_privilege(oid, 'SELECT') and has_table_privilege(oid, 'INSERT')
                   and has_table_privilege(oid, 'UPDATE') and has_table_privilege(oid, 'DELETE'))""";

    /** Runs one statement in a transaction that is always rolled back, and expects PostgreSQL's 42501. */
    static SQLException refused(Connection connection, String sql) throws SQLException {
        try (Connection c = connection; Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                // Fill the table so a TRUNCATE or DELETE has something to refuse.
                if (sql.contains("audit_log") && !sql.startsWith("insert")) {
                    s.execute("insert into audit_log (at, actor, action, details) values (now(), 'role-test', 'TEST', '{}')");
                }
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
                return e;
            } finally {
                c.rollback();
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
