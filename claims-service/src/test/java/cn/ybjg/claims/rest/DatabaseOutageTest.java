package cn.ybjg.claims.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseOutageTest {

    @Test
    void connectionFailuresAreOutages() {
        assertTrue(DatabaseOutage.isCause(new PSQLException("Connection to 127.0.0.1:15432 refused",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.isCause(new SQLException("An I/O error occurred while sending to the backend", "08006")));
        assertTrue(DatabaseOutage.isCause(new SQLTransientConnectionException("pool exhausted")));
        assertTrue(DatabaseOutage.isCause(new ConnectException("Connection refused")));
    }

    @Test
    void serverShutdownAndStartupAreOutages() {
        assertTrue(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutage.isCause(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.isCause(new SQLException("sorry, too many clients already", "53300")));
    }

    @Test
    void poolAcquisitionTimeoutIsAnOutage() {
        assertTrue(DatabaseOutage.isCause(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void outageIsFoundDeepInTheCauseChainAndInNextExceptions() {
        SQLException batch = new SQLException("Batch entry 0 insert into settlement was aborted", "HY000");
        batch.setNextException(new SQLException("I/O error", "08006"));
        assertTrue(DatabaseOutage.isCause(new IllegalStateException("storing the batch failed", batch)));
        assertTrue(DatabaseOutage.isCause(new PersistenceException("query failed",
                new RuntimeException(new SQLException("refused", "08001")))));
    }

    @Test
    void otherFailuresAreNotOutages() {
        assertFalse(DatabaseOutage.isCause(new SQLException("duplicate key value violates unique constraint", "23505")));
        assertFalse(DatabaseOutage.isCause(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseOutage.isCause(new SQLException("no state")));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.isCause(new NullPointerException()));
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.isCause(a));
    }

    @Test
    void outageAnswers503WithRetryAfterAndAJsonError() {
        Response response = DatabaseOutageMapper.answer(
                new IllegalStateException("storing the batch failed", new SQLException("refused", "08001")));
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        ApiError body = (ApiError) response.getEntity();
        assertEquals(503, body.status());
        assertEquals("DATABASE_UNAVAILABLE", body.error());
        assertTrue(body.message().contains("retry the same request after 5 seconds"), body.message());
    }

    @Test
    void anyOtherFailureAnswers500WithoutRetryAfter() {
        Response response = DatabaseOutageMapper.answer(new IllegalStateException("bug"));
        assertEquals(500, response.getStatus());
        assertEquals(null, response.getHeaderString("Retry-After"));
        assertEquals("INTERNAL_ERROR", ((ApiError) response.getEntity()).error());
    }
}
