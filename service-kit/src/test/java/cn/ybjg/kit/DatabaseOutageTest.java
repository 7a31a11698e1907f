package cn.ybjg.kit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** The union of what the three services used to detect separately, in one place. */
class DatabaseOutageTest {

    @Test
    void connectionFailuresAreOutages() {
        assertTrue(DatabaseOutage.causedBy(new SQLException("An I/O error occurred while sending to the backend", "08006")));
        assertTrue(DatabaseOutage.causedBy(new SQLTransientConnectionException("pool exhausted")));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("This connection has been closed.")));
    }

    @Test
    void serverShutdownStartupAndTooManyClientsAreOutages() {
        assertTrue(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("sorry, too many clients already", "53300")));
    }

    @Test
    void poolTimeoutAndFailedCommitAreOutages() {
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException(
                new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction."))));
    }

    @Test
    void outageIsFoundInNextExceptions() {
        SQLException batch = new SQLException("Batch entry 0 insert into settlement was aborted", "HY000");
        batch.setNextException(new SQLException("I/O error", "08006"));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException("storing the batch failed", batch)));
    }

    @Test
    void badDataAndBugsAreNoOutage() {
        assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key value violates unique constraint", "23505")));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("state write failed",
                new SQLException("value too long for type character varying(20)", "22001"))));
        assertFalse(DatabaseOutage.causedBy(new SQLException("no state")));
        assertFalse(DatabaseOutage.causedBy(new NullPointerException()));
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.causedBy(a));
    }
}
