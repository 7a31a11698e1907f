package cn.ybjg.claims.settlement;

import cn.ybjg.claims.outbox.CopyRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk access to the settlement table: one probe for the keys of a batch that are stored already, and {@code COPY}
 * for the new rows. Two concurrent batches with a common new key both pass the probe; the second COPY then waits on
 * the first's uniqueness check and fails with a unique violation when it commits, and the caller runs its batch again
 * (SettlementBatchWriter), so a record is stored once.
 */
final class SettlementStore {

    static final String COLUMNS = """
            institution_code, settlement_id, region_code, person_id, id_number_enc, id_number_hash, id_number_masked,
            gender, birth_year, birth_date_enc, insurance_type, medical_type, admission_date, discharge_date,
            settlement_time, settlement_date, primary_diagnosis, secondary_diagnoses, procedures, drg_code,
            payment_method, total_cost, policy_scope_cost, fund_payment, serious_illness_payment,
            medical_assistance_payment, personal_account_payment, cash_payment, lines, status, ingested_at,
            content_hash, submitted_by, submitted_role""";
    static final int PROBE_KEYS = 1000;
    private static final String COPY = "COPY settlement (" + COLUMNS + ") FROM STDIN";
    private static final String STORED_HASHES = """
            SELECT s.institution_code, s.settlement_id, s.content_hash
            FROM settlement s JOIN unnest(?::text[], ?::text[]) AS k(i, s)
              ON s.institution_code = k.i AND s.settlement_id = k.s""";

    private SettlementStore() {
    }

    /** Stores new rows (sorted by key by the caller, so that concurrent batches wait on each other in one order). */
    static void copy(Connection connection, List<PreparedSettlement> rows, OffsetDateTime ingestedAt) throws SQLException {
        CopyRows.copy(connection, COPY, rows, (copy, p) -> p.copyRow(copy, ingestedAt));
    }

    /**
     * The content hash stored under each of the given keys ({institutionCode, settlementId}), PROBE_KEYS keys a query:
     * the driver writes an array parameter as one text literal, and 10,000 keys made it a multi-megabyte string, a
     * humongous object for G1 (most of claims-service's collections during bulk ingest, JFR).
     */
    static Map<String, String> storedHashes(Connection connection, List<String[]> keys) throws SQLException {
        Map<String, String> hashes = new HashMap<>();
        try (PreparedStatement q = connection.prepareStatement(STORED_HASHES)) {
            for (int from = 0; from < keys.size(); from += PROBE_KEYS) {
                List<String[]> chunk = keys.subList(from, Math.min(keys.size(), from + PROBE_KEYS));
                q.setArray(1, connection.createArrayOf("text", chunk.stream().map(k -> k[0]).toArray()));
                q.setArray(2, connection.createArrayOf("text", chunk.stream().map(k -> k[1]).toArray()));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        hashes.put(key(rs.getString(1), rs.getString(2)), rs.getString(3));
                    }
                }
            }
        }
        return hashes;
    }

    static String key(String institutionCode, String settlementId) {
        return institutionCode + "\u0000" + settlementId;
    }
}
