package cn.ybjg.supervision.flags;

import cn.ybjg.kit.DatabaseOutage;
import cn.ybjg.kit.SafeLog;
import cn.ybjg.supervision.ingest.DeadLetters;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One poll batch of flags.v1: read every record, upsert the flags in one transaction (the last event per flag id
 * wins: a flag's events share a key, hence a partition, hence their order), then dead-letter what was unreadable.
 * The dead letters go out after the commit, so a batch retried for a database outage sends none twice. If the
 * statement fails for a reason other than an outage, the batch's halves are applied apart down to the one record
 * the table refuses, which is dead-lettered; a database outage propagates, for the caller to retry the batch.
 */
@ApplicationScoped
public class FlagProjectionBatch {

    /** What one batch did. */
    public record Outcome(int records, int written, int skipped, int deadLettered) {
    }

    private record Pending(ConsumerRecord<byte[], byte[]> record, ProjectedFlag flag) {
    }

    private record Rejected(ConsumerRecord<byte[], byte[]> record, String why) {
    }

    @Inject
    ObjectMapper mapper;
    @Inject
    FlagUpsert upsert;
    @Inject
    DeadLetters deadLetters;

    private FlagEventReader reader;

    @PostConstruct
    void init() {
        reader = new FlagEventReader(mapper);
    }

    public Outcome process(Iterable<ConsumerRecord<byte[], byte[]>> records, String consumerGroup) {
        List<Pending> pending = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        int count = 0, skipped = 0;
        for (var r : records) {
            count++;
            FlagEventReader.Read read = reader.read(r);
            if (read instanceof FlagEventReader.Apply a) {
                pending.add(new Pending(r, a.flag()));
            } else if (read instanceof FlagEventReader.Reject x) {
                rejected.add(new Rejected(r, x.problem()));
            } else {
                skipped++;
            }
        }
        int written = applyOrSplit(pending, rejected);
        for (Rejected x : rejected) deadLetters.send(x.record(), x.why(), consumerGroup);
        return new Outcome(count, written, skipped, rejected.size());
    }

    private int applyOrSplit(List<Pending> part, List<Rejected> rejected) {
        if (part.isEmpty()) return 0;
        try {
            return QuarkusTransaction.requiringNew().call(() -> upsert.apply(lastPerId(part)));
        } catch (RuntimeException failure) {
            if (retryable(failure)) throw failure;
            if (part.size() == 1) {
                rejected.add(new Rejected(part.get(0).record(), "not storable: " + refusal(failure)));
                return 0;
            }
            Log.warnf("flag projection: batch of %d refused (%s); applying its halves apart", part.size(), refusal(failure));
            int half = part.size() / 2;
            return applyOrSplit(part.subList(0, half), rejected) + applyOrSplit(part.subList(half, part.size()), rejected);
        }
    }

    /** The last event of each flag; the statement may touch a row only once. */
    static List<ProjectedFlag> lastPerId(List<Pending> part) {
        Map<UUID, ProjectedFlag> last = new LinkedHashMap<>();
        for (Pending p : part) last.put(p.flag().id(), p.flag());
        return List.copyOf(last.values());
    }

    /**
     * Worth retrying the whole batch later: the database is unreachable (kit's {@link DatabaseOutage}), or the
     * statement lost a serialization or deadlock race, was cancelled or could not get a lock (SQL state 40xxx,
     * 57014, 55P03) — none of which says anything about the records.
     */
    static boolean retryable(Throwable failure) {
        if (DatabaseOutage.causedBy(failure)) return true;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("40") || state.equals("57014") || state.equals("55P03")) return true;
            }
        }
        return false;
    }

    /** The SQL state and first line of the database's answer (its detail line quotes the row), redacted. */
    private static String refusal(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String message = String.valueOf(sql.getMessage()).lines().findFirst().orElse("");
                return "SQL state " + sql.getSQLState() + ": " + SafeLog.redact(message);
            }
        }
        return failure.getClass().getName();
    }
}
