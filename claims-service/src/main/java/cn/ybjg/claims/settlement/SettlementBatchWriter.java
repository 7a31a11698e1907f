package cn.ybjg.claims.settlement;

import cn.ybjg.claims.outbox.OutboxMessage;
import cn.ybjg.claims.outbox.OutboxWriter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import cn.ybjg.claims.intake.FieldError;
import cn.ybjg.claims.intake.Rejection;

/**
 * Stores the valid records of one batch and their settlements.v1 events in ONE transaction, then sorts the
 * rest into duplicates (same key, same content) and conflicts (same key, different content). One probe finds the
 * keys stored already; the new rows go in with COPY. A batch that loses a race for a key to a concurrent batch is
 * run again in a new transaction, where the probe sees that key.
 */
@ApplicationScoped
public class SettlementBatchWriter {

    /** PostgreSQL's unique_violation: a concurrent batch stored one of our new keys first. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int ATTEMPTS = 3;

    @Inject
    AgroalDataSource dataSource;

    /** Outcome of a write: new records, duplicates, and conflicting records rejected on settlementId. */
    public record Outcome(int accepted, int duplicates, List<Rejection> conflicts) {
    }

    public Outcome write(List<PreparedSettlement> records, OffsetDateTime ingestedAt) {
        List<PreparedSettlement> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(PreparedSettlement::key).thenComparingInt(PreparedSettlement::index));
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> writeOnce(sorted, ingestedAt));
            } catch (LostRace e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("storing the batch failed: concurrent batches kept storing its keys first", e);
                }
            }
        }
    }

    private Outcome writeOnce(List<PreparedSettlement> sorted, OffsetDateTime ingestedAt) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, String> known = SettlementStore.storedHashes(connection,
                    sorted.stream().map(p -> new String[] {p.s().institutionCode(), p.s().settlementId()}).toList());
            List<PreparedSettlement> fresh = new ArrayList<>();
            List<PreparedSettlement> others = new ArrayList<>();
            for (PreparedSettlement p : sorted) {
                if (known.putIfAbsent(p.key(), p.contentHash()) == null) {
                    fresh.add(p);
                } else {
                    others.add(p);
                }
            }
            SettlementStore.copy(connection, fresh, ingestedAt);
            List<OutboxMessage> events = new ArrayList<>(fresh.size());
            fresh.forEach(p -> events.add(p.event(ingestedAt).toOutbox()));
            OutboxWriter.append(connection, events);
            int duplicates = 0;
            List<Rejection> conflicts = new ArrayList<>();
            for (PreparedSettlement p : others) {
                if (p.contentHash().equals(known.get(p.key()))) {
                    duplicates++;
                } else {
                    conflicts.add(conflict(p));
                }
            }
            return new Outcome(fresh.size(), duplicates, conflicts);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new LostRace(e);
            }
            throw new IllegalStateException("storing the batch failed: " + e.getMessage(), e);
        }
    }

    private static Rejection conflict(PreparedSettlement p) {
        return new Rejection(p.index(), p.s().settlementId(), List.of(new FieldError("settlementId",
                "settlement " + p.s().settlementId() + " of institution " + p.s().institutionCode()
                        + " is already stored with different content; a settlement is never changed in place:"
                        + " reverse it (POST /api/v1/settlements/" + p.s().institutionCode() + "/"
                        + p.s().settlementId() + "/reversal) and submit the correction under a new settlementId")));
    }

    /** A concurrent batch stored one of this batch's new keys first; the transaction is rolled back. */
    private static final class LostRace extends RuntimeException {
        LostRace(SQLException cause) {
            super(cause);
        }
    }
}
