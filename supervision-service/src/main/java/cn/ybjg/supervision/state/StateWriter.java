package cn.ybjg.supervision.state;

import cn.ybjg.supervision.rules.SettlementFact;
import cn.ybjg.supervision.rules.EnrollmentFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * Batch upserts of rule state. Natural keys make every write idempotent; a reversal is sticky (a late SETTLED
 * re-delivery never un-reverses) and enrollments/deaths keep the most recently ingested version.
 */
@ApplicationScoped
public class StateWriter {

    private static final String SETTLEMENT = """
            insert into settlement_state (institution_code, settlement_id, id_number_hash, id_number_masked, person_id,
              region_code, gender, insurance_type, medical_type, admission_date, discharge_date, period_date,
              primary_diagnosis, drg_code, total_cost, fund_payments, status)
            values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            on conflict (institution_code, settlement_id) do update set id_number_hash = excluded.id_number_hash,
              id_number_masked = excluded.id_number_masked, person_id = excluded.person_id,
              region_code = excluded.region_code, gender = excluded.gender, insurance_type = excluded.insurance_type,
              medical_type = excluded.medical_type, admission_date = excluded.admission_date,
              discharge_date = excluded.discharge_date, period_date = excluded.period_date,
              primary_diagnosis = excluded.primary_diagnosis, drg_code = excluded.drg_code,
              total_cost = excluded.total_cost, fund_payments = excluded.fund_payments,
              status = case when settlement_state.status = 'REVERSED' or excluded.status = 'REVERSED'
                            then 'REVERSED' else 'SETTLED' end
            """;
    private static final String ENROLLMENT = """
            insert into enrollment_state (id_number_hash, insurance_type, region_code, start_date, end_date, status,
              person_id, id_number_masked, ingested_at) values (?,?,?,?,?,?,?,?,?)
            on conflict (id_number_hash, insurance_type, region_code, start_date) do update set
              end_date = excluded.end_date, status = excluded.status, person_id = excluded.person_id,
              id_number_masked = excluded.id_number_masked, ingested_at = excluded.ingested_at
            where excluded.ingested_at >= enrollment_state.ingested_at
            """;
    private static final String DEATH = """
            insert into death_state (id_number_hash, date_of_death, source, id_number_masked, ingested_at)
            values (?,?,?,?,?)
            on conflict (id_number_hash) do update set date_of_death = excluded.date_of_death,
              source = excluded.source, id_number_masked = excluded.id_number_masked, ingested_at = excluded.ingested_at
            where excluded.ingested_at >= death_state.ingested_at
            """;

    /** A death to store. */
    public record Death(String idNumberHash, java.time.LocalDate dateOfDeath, String source, String idNumberMasked,
            OffsetDateTime ingestedAt) {
    }

    /** An enrollment to store with its person and ingestion time. */
    public record Enrollment(String idNumberHash, EnrollmentFact fact, OffsetDateTime ingestedAt) {
    }

    @Inject
    DataSource dataSource;

    public void write(List<SettlementFact> settlements, List<Enrollment> enrollments, List<Death> deaths) {
        try (Connection c = dataSource.getConnection()) {
            if (!settlements.isEmpty()) try (PreparedStatement ps = c.prepareStatement(SETTLEMENT)) {
                for (SettlementFact s : settlements) {
                    int i = 1;
                    ps.setString(i++, s.institutionCode());
                    ps.setString(i++, s.settlementId());
                    ps.setString(i++, s.idNumberHash());
                    ps.setString(i++, s.idNumberMasked());
                    ps.setString(i++, s.personId());
                    ps.setString(i++, s.regionCode());
                    ps.setString(i++, s.gender());
                    ps.setString(i++, s.insuranceType());
                    ps.setString(i++, s.medicalType());
                    ps.setDate(i++, Date.valueOf(s.admissionDate()));
                    ps.setDate(i++, s.dischargeDate() == null ? null : Date.valueOf(s.dischargeDate()));
                    ps.setDate(i++, Date.valueOf(s.periodDate()));
                    ps.setString(i++, s.primaryDiagnosis());
                    ps.setString(i++, s.drgCode());
                    ps.setBigDecimal(i++, s.totalCost());
                    ps.setBigDecimal(i++, s.fundPayments());
                    ps.setString(i, s.reversed() ? "REVERSED" : "SETTLED");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (!enrollments.isEmpty()) try (PreparedStatement ps = c.prepareStatement(ENROLLMENT)) {
                for (Enrollment en : enrollments) {
                    EnrollmentFact e = en.fact();
                    ps.setString(1, en.idNumberHash());
                    ps.setString(2, e.insuranceType());
                    ps.setString(3, e.regionCode());
                    ps.setDate(4, Date.valueOf(e.startDate()));
                    ps.setDate(5, e.endDate() == null ? null : Date.valueOf(e.endDate()));
                    ps.setString(6, e.status());
                    ps.setString(7, e.personId());
                    ps.setString(8, e.idNumberMasked());
                    ps.setTimestamp(9, Timestamp.from(en.ingestedAt().toInstant()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (!deaths.isEmpty()) try (PreparedStatement ps = c.prepareStatement(DEATH)) {
                for (Death d : deaths) {
                    ps.setString(1, d.idNumberHash());
                    ps.setDate(2, Date.valueOf(d.dateOfDeath()));
                    ps.setString(3, d.source());
                    ps.setString(4, d.idNumberMasked());
                    ps.setTimestamp(5, Timestamp.from(d.ingestedAt().toInstant()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("state write failed: " + e.getMessage(), e);
        }
    }
}
