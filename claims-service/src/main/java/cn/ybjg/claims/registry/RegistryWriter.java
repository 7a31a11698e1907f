package cn.ybjg.claims.registry;

import cn.ybjg.claims.outbox.JsonRows;
import cn.ybjg.claims.outbox.OutboxMessage;
import cn.ybjg.claims.outbox.OutboxWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Upserts enrollments / deaths set-based and queues an event for each row that is new or changed, in one
 * transaction. Identical resubmissions touch nothing (the WHERE on content_hash) and publish nothing.
 */
@ApplicationScoped
public class RegistryWriter {

    static final int CHUNK = 1000;
    static final String ENROLLMENTS = """
            INSERT INTO enrollment (id_number_enc, id_number_hash, id_number_masked, person_id, insurance_type,
                region_code, start_date, end_date, status, content_hash, ingested_at, submitted_by, submitted_role)
            SELECT decode(r.id_number_enc, 'base64'), r.id_number_hash, r.id_number_masked, r.person_id,
                r.insurance_type, r.region_code, r.start_date, r.end_date, r.status, r.content_hash, r.ingested_at,
                r.submitted_by, r.submitted_role
            FROM jsonb_to_recordset(?::jsonb) AS r(id_number_enc text, id_number_hash text, id_number_masked text,
                person_id text, insurance_type text, region_code text, start_date date, end_date date, status text,
                content_hash text, ingested_at timestamptz, submitted_by text, submitted_role text)
            ON CONFLICT ON CONSTRAINT enrollment_key DO UPDATE SET id_number_enc = excluded.id_number_enc,
                person_id = excluded.person_id, end_date = excluded.end_date, status = excluded.status,
                content_hash = excluded.content_hash, ingested_at = excluded.ingested_at,
                submitted_by = excluded.submitted_by, submitted_role = excluded.submitted_role
              WHERE enrollment.content_hash <> excluded.content_hash
            RETURNING id_number_hash || '|' || insurance_type || '|' || region_code || '|' || start_date::text""";
    static final String DEATHS = """
            INSERT INTO death_registration (id_number_enc, id_number_hash, id_number_masked, date_of_death, source,
                content_hash, ingested_at, submitted_by, submitted_role)
            SELECT decode(r.id_number_enc, 'base64'), r.id_number_hash, r.id_number_masked, r.date_of_death, r.source,
                r.content_hash, r.ingested_at, r.submitted_by, r.submitted_role
            FROM jsonb_to_recordset(?::jsonb) AS r(id_number_enc text, id_number_hash text, id_number_masked text,
                date_of_death date, source text, content_hash text, ingested_at timestamptz, submitted_by text,
                submitted_role text)
            ON CONFLICT (id_number_hash) DO UPDATE SET id_number_enc = excluded.id_number_enc,
                date_of_death = excluded.date_of_death, source = excluded.source,
                content_hash = excluded.content_hash, ingested_at = excluded.ingested_at,
                submitted_by = excluded.submitted_by, submitted_role = excluded.submitted_role
              WHERE death_registration.content_hash <> excluded.content_hash
            RETURNING id_number_hash""";

    @Inject
    AgroalDataSource dataSource;

    /** Upserts entries with distinct identities (sorted by identity); returns how many were new or changed. */
    @Transactional
    public int upsert(String sql, List<PreparedEntry> entries) {
        try (Connection connection = dataSource.getConnection()) {
            Set<String> changed = new HashSet<>();
            for (int from = 0; from < entries.size(); from += CHUNK) {
                ArrayNode rows = JsonRows.array();
                entries.subList(from, Math.min(entries.size(), from + CHUNK)).forEach(e -> rows.add(e.row()));
                changed.addAll(JsonRows.query(connection, sql, rows, rs -> rs.getString(1)));
            }
            List<OutboxMessage> events = new ArrayList<>();
            for (PreparedEntry e : entries) {
                if (changed.contains(e.identity())) {
                    events.add(e.event());
                }
            }
            OutboxWriter.append(connection, events);
            return events.size();
        } catch (SQLException e) {
            throw new IllegalStateException("storing the batch failed: " + e.getMessage(), e);
        }
    }
}
