package cn.ybjg.supervision.flags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Writes a batch of projected flags with ONE statement: an INSERT … SELECT FROM unnest(arrays) ON CONFLICT (id)
 * DO UPDATE, so the cost of a batch is one round trip whatever its size, and the statement-level count triggers of
 * V4 see the whole batch once (flag_count_delta stays exact: inserted rows count +1, updated rows move from their
 * old key to their new one, rows left alone count nothing). The update applies only to rows the engine owns (OPEN,
 * WITHDRAWN): a reviewed row keeps its decision. It also skips a row that would not change (a re-delivered event),
 * so re-delivery writes nothing and bumps no version. Every real update bumps {@code version}, the optimistic lock
 * a review checks, so a review that read the row before this update gets its 409 instead of overwriting it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FlagUpsert {

    // detected_at is kept on update: the first detection stays first even when the engine re-detects a flag it
    // did not know (a rebuilt engine, a switch from the legacy loop); the engine itself keeps it on re-open.
    // status_changed_at moves only with the status (the event has no statusChangedAt; the record's time stands in).
    static final String SQL = """
            insert into flag as f (id, rule_code, subject_key, rule_version, severity, settlement_id, institution_code,
                region_code, person_id, id_number_hash, id_number_masked, insurance_type, amount_at_risk, evidence,
                detected_at, period_date, status, status_changed_at)
            select * from unnest(?::uuid[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::jsonb[], ?::timestamptz[],
                ?::date[], ?::text[], ?::timestamptz[])
            on conflict (id) do update set rule_version = excluded.rule_version, severity = excluded.severity,
                settlement_id = excluded.settlement_id, institution_code = excluded.institution_code,
                region_code = excluded.region_code, person_id = excluded.person_id,
                id_number_hash = excluded.id_number_hash, id_number_masked = excluded.id_number_masked,
                insurance_type = excluded.insurance_type, amount_at_risk = excluded.amount_at_risk,
                evidence = excluded.evidence, period_date = excluded.period_date, status = excluded.status,
                status_changed_at = case when f.status = excluded.status then f.status_changed_at
                                         else excluded.status_changed_at end,
                version = f.version + 1
            where f.status in ('OPEN', 'WITHDRAWN')
              and (f.rule_version, f.severity, f.settlement_id, f.institution_code, f.region_code, f.person_id,
                   f.id_number_hash, f.id_number_masked, f.insurance_type, f.amount_at_risk, f.evidence,
                   f.period_date, f.status)
                  is distinct from
                  (excluded.rule_version, excluded.severity, excluded.settlement_id, excluded.institution_code,
                   excluded.region_code, excluded.person_id, excluded.id_number_hash, excluded.id_number_masked,
                   excluded.insurance_type, excluded.amount_at_risk, excluded.evidence, excluded.period_date,
                   excluded.status)""";

    private static final List<Function<ProjectedFlag, Object>> COLUMNS = List.of(
            ProjectedFlag::id, ProjectedFlag::ruleCode, ProjectedFlag::subjectKey, ProjectedFlag::ruleVersion,
            ProjectedFlag::severity, ProjectedFlag::settlementId, ProjectedFlag::institutionCode,
            ProjectedFlag::regionCode, ProjectedFlag::personId, ProjectedFlag::idNumberHash,
            ProjectedFlag::idNumberMasked, ProjectedFlag::insuranceType, f -> f.amountAtRisk().toPlainString(),
            ProjectedFlag::evidenceJson, ProjectedFlag::detectedAt, ProjectedFlag::periodDate, ProjectedFlag::status,
            ProjectedFlag::changedAt);

    @Inject
    DataSource dataSource;

    /**
     * Upserts flags with distinct ids (the caller keeps the last event per id) in the caller's transaction.
     * Rows are written in id order, so two writers of overlapping batches lock in the same order.
     *
     * @return how many rows were inserted or changed
     */
    public int apply(Collection<ProjectedFlag> flags) throws SQLException {
        if (flags.isEmpty()) return 0;
        List<ProjectedFlag> rows = flags.stream().sorted(Comparator.comparing(ProjectedFlag::id)).toList();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            for (int col = 0; col < COLUMNS.size(); col++) {
                String[] values = new String[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    Object v = COLUMNS.get(col).apply(rows.get(i));
                    values[i] = v == null ? null : v.toString();
                }
                // Every column travels as text[] and is cast by the statement: one array type to bind, exact decimals.
                ps.setArray(col + 1, c.createArrayOf("text", values));
            }
            return ps.executeUpdate();
        }
    }
}
