package cn.ybjg.claims.ingest;

import cn.ybjg.claims.outbox.JsonRows;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Set-based writes of settlement rows: one {@code INSERT … SELECT FROM jsonb_to_recordset … ON CONFLICT DO
 * NOTHING RETURNING} per chunk, so that concurrent submissions of one record store it once and the caller
 * learns which rows are new.
 */
final class SettlementStore {

    static final int CHUNK = 1000;
    private static final String COLUMNS = """
            institution_code text, settlement_id text, region_code text, person_id text, id_number_enc text,
            id_number_hash text, id_number_masked text, gender text, birth_year smallint, birth_date_enc text,
            insurance_type text,
            medical_type text, admission_date date, discharge_date date, settlement_time timestamptz,
            settlement_date date, primary_diagnosis text, secondary_diagnoses jsonb, procedures jsonb,
            drg_code text, payment_method text, total_cost numeric, policy_scope_cost numeric, fund_payment numeric,
            serious_illness_payment numeric, medical_assistance_payment numeric, personal_account_payment numeric,
            cash_payment numeric, lines jsonb, ingested_at timestamptz, content_hash text, submitted_by text,
            submitted_role text""";
    private static final String INSERT = """
            INSERT INTO settlement (institution_code, settlement_id, region_code, person_id, id_number_enc,
                id_number_hash, id_number_masked, gender, birth_year, birth_date_enc, insurance_type, medical_type,
                admission_date,
                discharge_date, settlement_time, settlement_date, primary_diagnosis, secondary_diagnoses, procedures,
                drg_code, payment_method, total_cost, policy_scope_cost, fund_payment, serious_illness_payment,
                medical_assistance_payment, personal_account_payment, cash_payment, lines, status, ingested_at,
                content_hash, submitted_by, submitted_role)
            SELECT r.institution_code, r.settlement_id, r.region_code, r.person_id, decode(r.id_number_enc, 'base64'),
                r.id_number_hash, r.id_number_masked, r.gender, r.birth_year, decode(r.birth_date_enc, 'base64'),
                r.insurance_type, r.medical_type,
                r.admission_date, r.discharge_date, r.settlement_time, r.settlement_date, r.primary_diagnosis,
                r.secondary_diagnoses, r.procedures, r.drg_code, r.payment_method, r.total_cost, r.policy_scope_cost,
                r.fund_payment, r.serious_illness_payment, r.medical_assistance_payment, r.personal_account_payment,
                r.cash_payment, r.lines, 'SETTLED', r.ingested_at, r.content_hash, r.submitted_by, r.submitted_role
            FROM jsonb_to_recordset(?::jsonb) AS r(%s)
            ON CONFLICT ON CONSTRAINT settlement_key DO NOTHING
            RETURNING institution_code, settlement_id""".formatted(COLUMNS);
    private static final String STORED_HASHES = """
            SELECT s.institution_code, s.settlement_id, s.content_hash
            FROM settlement s JOIN jsonb_to_recordset(?::jsonb) AS k(i text, s text)
              ON s.institution_code = k.i AND s.settlement_id = k.s""";

    private SettlementStore() {
    }

    /** Inserts the rows (sorted by key by the caller, to avoid lock-order deadlocks); returns the keys stored now. */
    static Set<String> insert(Connection connection, List<ObjectNode> rows) throws SQLException {
        Set<String> inserted = new HashSet<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            ArrayNode chunk = JsonRows.array();
            chunk.addAll(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
            inserted.addAll(JsonRows.query(connection, INSERT, chunk, rs -> key(rs.getString(1), rs.getString(2))));
        }
        return inserted;
    }

    /** The content hash stored under each of the given keys. */
    static Map<String, String> storedHashes(Connection connection, List<String[]> keys) throws SQLException {
        Map<String, String> hashes = new HashMap<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            ArrayNode chunk = JsonRows.array();
            for (String[] key : keys.subList(from, Math.min(keys.size(), from + CHUNK))) {
                chunk.addObject().put("i", key[0]).put("s", key[1]);
            }
            JsonRows.query(connection, STORED_HASHES, chunk, rs -> hashes.put(key(rs.getString(1), rs.getString(2)), rs.getString(3)));
        }
        return hashes;
    }

    static String key(String institutionCode, String settlementId) {
        return institutionCode + "\u0000" + settlementId;
    }
}
