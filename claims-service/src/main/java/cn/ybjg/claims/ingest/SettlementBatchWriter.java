package cn.ybjg.claims.ingest;

import cn.ybjg.claims.outbox.OutboxMessage;
import cn.ybjg.claims.outbox.OutboxWriter;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores the valid records of one batch and their settlements.v1 events in ONE transaction, then sorts the
 * rest into duplicates (same key, same content) and conflicts (same key, different content).
 */
@ApplicationScoped
public class SettlementBatchWriter {

    @Inject
    AgroalDataSource dataSource;

    /** Outcome of a write: new records, duplicates, and conflicting records rejected on settlementId. */
    public record Outcome(int accepted, int duplicates, List<Rejection> conflicts) {
    }

    @Transactional
    public Outcome write(List<PreparedSettlement> records, OffsetDateTime ingestedAt) {
        List<PreparedSettlement> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(PreparedSettlement::key).thenComparingInt(PreparedSettlement::index));
        try (Connection connection = dataSource.getConnection()) {
            Set<String> inserted = SettlementStore.insert(connection, sorted.stream().map(p -> p.row(ingestedAt)).toList());
            List<OutboxMessage> events = new ArrayList<>();
            List<PreparedSettlement> others = new ArrayList<>();
            Set<String> claimed = new HashSet<>();
            for (PreparedSettlement p : sorted) {
                if (inserted.contains(p.key()) && claimed.add(p.key())) {
                    events.add(p.event(ingestedAt).toOutbox());
                } else {
                    others.add(p);
                }
            }
            OutboxWriter.append(connection, events);
            Map<String, String> stored = SettlementStore.storedHashes(connection,
                    others.stream().map(p -> new String[] {p.s().institutionCode(), p.s().settlementId()}).toList());
            int duplicates = 0;
            List<Rejection> conflicts = new ArrayList<>();
            for (PreparedSettlement p : others) {
                if (p.contentHash().equals(stored.get(p.key()))) {
                    duplicates++;
                } else {
                    conflicts.add(new Rejection(p.index(), p.s().settlementId(), List.of(new FieldError("settlementId",
                            "settlement " + p.s().settlementId() + " of institution " + p.s().institutionCode()
                                    + " is already stored with different content; a settlement is never changed in place:"
                                    + " reverse it (POST /api/v1/settlements/" + p.s().institutionCode() + "/"
                                    + p.s().settlementId() + "/reversal) and submit the correction under a new settlementId"))));
                }
            }
            return new Outcome(events.size(), duplicates, conflicts);
        } catch (SQLException e) {
            throw new IllegalStateException("storing the batch failed: " + e.getMessage(), e);
        }
    }
}
