package cn.ybjg.supervision.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreOutages() {
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException("tx", new SQLException("refused", "08001"))));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLException("shutting down", "57P01"))));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException(new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction."))));
    }

    @Test
    void badDataIsNoOutage() {
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("state write failed",
                new SQLException("value too long for type character varying(20)", "22001"))));
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("missing settlementId")));
    }
}
