package cn.ybjg.indicators.ingest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps each flag's latest state from flags.v1 (upsert by id) and applies flag-reviews.v1 decisions that are
 * newer than the flag's known status; a review never revives a WITHDRAWN flag.
 */
@ApplicationScoped
public class FlagProjector {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ProcessedEvents processed;

    @Transactional
    public int applyFlags(List<FlagEvent> events) throws SQLException {
        Set<String> fresh = processed.claim("flags.v1", events.stream().map(FlagEvent::eventId).toList());
        Map<String, FlagEvent> latest = new LinkedHashMap<>();
        for (FlagEvent e : events) {
            if (fresh.contains(e.eventId())) latest.put(e.id(), e);
        }
        if (latest.isEmpty()) return 0;
        String sql = """
                insert into flag (id, rule_code, region_code, insurance_type, settlement_id, institution_code,
                  amount_at_risk, period_date, status, status_at, detected_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, case when ? = 'OPEN' then ?::timestamptz end, now()), ?)
                on conflict (id) do update set rule_code = excluded.rule_code, region_code = excluded.region_code,
                  insurance_type = excluded.insurance_type, settlement_id = excluded.settlement_id,
                  institution_code = excluded.institution_code, amount_at_risk = excluded.amount_at_risk,
                  period_date = excluded.period_date, status = excluded.status, status_at = excluded.status_at,
                  detected_at = excluded.detected_at
                where flag.status_at <= excluded.status_at""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (FlagEvent e : latest.values()) {
                ps.setString(1, e.id());
                ps.setString(2, e.ruleCode());
                ps.setString(3, e.regionCode());
                ps.setString(4, e.insuranceType());
                ps.setString(5, e.settlementId());
                ps.setString(6, e.institutionCode());
                ps.setBigDecimal(7, e.amountAtRisk());
                ps.setDate(8, Date.valueOf(e.countedOn()));
                ps.setString(9, e.status());
                ps.setTimestamp(10, timestamp(e.statusChangedAt()));
                ps.setString(11, e.status());
                ps.setTimestamp(12, timestamp(e.detectedAt()));
                ps.setTimestamp(13, timestamp(e.detectedAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        applyEarlierReviews(latest.keySet());
        return latest.size();
    }

    @Transactional
    public int applyReviews(List<FlagReviewEvent> events) throws SQLException {
        Set<String> fresh = processed.claim("flag-reviews.v1", events.stream().map(FlagReviewEvent::eventId).toList());
        List<FlagReviewEvent> todo = events.stream().filter(e -> fresh.remove(e.eventId())).toList();
        if (todo.isEmpty()) return 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     insert into flag_review (event_id, flag_id, decision, recovered_amount, reviewed_at)
                     values (?, ?, ?, ?, ?) on conflict do nothing""");
             PreparedStatement update = c.prepareStatement("""
                     update flag set status = ?, status_at = ? where id = ? and status <> 'WITHDRAWN' and status_at < ?""")) {
            for (FlagReviewEvent e : todo) {
                insert.setString(1, e.eventId());
                insert.setString(2, e.flagId());
                insert.setString(3, e.decision());
                insert.setBigDecimal(4, e.recoveredAmount());
                insert.setTimestamp(5, timestamp(e.reviewedAt()));
                insert.addBatch();
                update.setString(1, e.decision());
                update.setTimestamp(2, timestamp(e.reviewedAt()));
                update.setString(3, e.flagId());
                update.setTimestamp(4, timestamp(e.reviewedAt()));
                update.addBatch();
            }
            insert.executeBatch();
            update.executeBatch();
        }
        return todo.size();
    }

    /** A review that arrived before its flag (the topics are not ordered together) is applied now. */
    private void applyEarlierReviews(java.util.Collection<String> flagIds) throws SQLException {
        String sql = """
                update flag f set status = r.decision, status_at = r.reviewed_at
                from (select distinct on (flag_id) flag_id, decision, reviewed_at from flag_review
                      where flag_id = any(?::varchar[]) order by flag_id, reviewed_at desc) r
                where f.id = r.flag_id and f.status <> 'WITHDRAWN' and r.reviewed_at > f.status_at""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("varchar", flagIds.toArray()));
            ps.executeUpdate();
        }
    }

    private static Timestamp timestamp(OffsetDateTime t) {
        return t == null ? null : Timestamp.from(t.toInstant());
    }
}
