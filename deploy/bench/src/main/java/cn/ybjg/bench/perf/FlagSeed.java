package cn.ybjg.bench.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Tops supervision's flag table up to a target count of synthetic flags of the bench-only region 999999 (person
 * ids BENCHSEED-…, detected in 2023) by one INSERT … SELECT generate_series. They are not published to Kafka and
 * are kept between runs (a second run only adds what is missing); --cleanup deletes them.
 */
final class FlagSeed {
    static final String REGION = "999999";

    static long existing(Connection db) throws Exception {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select count(*) from flag where region_code = '" + REGION + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** @return the number of seeded flags afterwards */
    static long topUp(Connection db, long target) throws Exception {
        long have = existing(db);
        if (have < target) {
            try (PreparedStatement q = db.prepareStatement("""
                    insert into flag (id, rule_code, subject_key, rule_version, severity, settlement_id, institution_code,
                      region_code, person_id, id_number_hash, id_number_masked, insurance_type, amount_at_risk, evidence,
                      detected_at, period_date, status, status_changed_at)
                    select md5('bench-seed-' || g)::uuid, 'GENDER_MISMATCH', 'BENCHSEED:' || g, 1, 'DEFINITE',
                      'BENCHSEED-S' || g, 'H99999900001', '999999', 'BENCHSEED-P' || (g / 5),
                      md5('p' || (g / 5)) || md5('q' || (g / 5)), '999999********0000', '310', (g % 100000) / 100.0,
                      '{"bench":true}'::jsonb, timestamptz '2023-01-01 00:00+08' + g * interval '20 second',
                      date '2023-01-01' + (g % 365)::int, 'OPEN', timestamptz '2023-01-01 00:00+08' + g * interval '20 second'
                    from generate_series(?::bigint, ?::bigint) g
                    on conflict do nothing""")) {
                q.setLong(1, have + 1);
                q.setLong(2, target);
                q.executeUpdate();
            }
            db.createStatement().execute("analyze flag");
        }
        return existing(db);
    }
}
