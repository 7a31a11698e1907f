package cn.ybjg.indicators.ingest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** JDBC access to settlement_state and settlement_aggregate: one lookup and two batched writes per poll. */
@ApplicationScoped
public class SettlementStore {

    @Inject
    AgroalDataSource dataSource;

    public Map<SettlementKey, SettlementState> load(Collection<SettlementKey> keys) throws SQLException {
        Map<SettlementKey, SettlementState> states = new HashMap<>();
        if (keys.isEmpty()) return states;
        String sql = """
                select * from settlement_state where (institution_code, settlement_id) in
                  (select * from unnest(?::varchar[], ?::varchar[])) for update""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("varchar", keys.stream().map(SettlementKey::institutionCode).toArray()));
            ps.setArray(2, c.createArrayOf("varchar", keys.stream().map(SettlementKey::settlementId).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SettlementKey key = new SettlementKey(rs.getString("institution_code"), rs.getString("settlement_id"));
                    states.put(key, new SettlementState(key, rs.getBoolean("reversed"), rs.getBoolean("counted"),
                            new AggregateKey(rs.getString("region_code"), rs.getString("insurance_type"),
                                    rs.getString("medical_type"), rs.getString("payment_method"),
                                    YearMonth.from(rs.getDate("month").toLocalDate())),
                            new Amounts(1, rs.getBigDecimal("total_cost"), rs.getBigDecimal("policy_scope_cost"),
                                    rs.getBigDecimal("fund_payment"), rs.getBigDecimal("serious_illness_payment"),
                                    rs.getBigDecimal("medical_assistance_payment"),
                                    rs.getBigDecimal("personal_account_payment"), rs.getBigDecimal("cash_payment")),
                            rs.getString("settled_event_id"), rs.getString("reversed_event_id")));
                }
            }
        }
        return states;
    }

    public void save(Collection<SettlementState> states) throws SQLException {
        if (states.isEmpty()) return;
        String sql = """
                insert into settlement_state (institution_code, settlement_id, reversed, counted, region_code,
                  insurance_type, month, medical_type, payment_method, total_cost, policy_scope_cost, fund_payment,
                  serious_illness_payment, medical_assistance_payment, personal_account_payment, cash_payment,
                  settled_event_id, reversed_event_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (institution_code, settlement_id) do update set reversed = excluded.reversed,
                  counted = excluded.counted, settled_event_id = excluded.settled_event_id,
                  reversed_event_id = excluded.reversed_event_id, updated_at = now()""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (SettlementState s : states) {
                ps.setString(1, s.key().institutionCode());
                ps.setString(2, s.key().settlementId());
                ps.setBoolean(3, s.reversed());
                ps.setBoolean(4, s.counted());
                int i = setKey(ps, 5, s.aggregateKey());
                i = setAmounts(ps, i, s.amounts());
                ps.setString(i++, s.settledEventId());
                ps.setString(i, s.reversedEventId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Adds each delta to its aggregate row ({@code x = x + excluded.x}), in key order to avoid deadlocks. */
    public void addDeltas(Map<AggregateKey, Amounts> deltas) throws SQLException {
        if (deltas.isEmpty()) return;
        String sql = """
                insert into settlement_aggregate (region_code, insurance_type, month, medical_type, payment_method,
                  total_cost, policy_scope_cost, fund_payment, serious_illness_payment, medical_assistance_payment,
                  personal_account_payment, cash_payment, settlement_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (region_code, insurance_type, month, medical_type, payment_method) do update set
                  total_cost = settlement_aggregate.total_cost + excluded.total_cost,
                  policy_scope_cost = settlement_aggregate.policy_scope_cost + excluded.policy_scope_cost,
                  fund_payment = settlement_aggregate.fund_payment + excluded.fund_payment,
                  serious_illness_payment = settlement_aggregate.serious_illness_payment + excluded.serious_illness_payment,
                  medical_assistance_payment = settlement_aggregate.medical_assistance_payment + excluded.medical_assistance_payment,
                  personal_account_payment = settlement_aggregate.personal_account_payment + excluded.personal_account_payment,
                  cash_payment = settlement_aggregate.cash_payment + excluded.cash_payment,
                  settlement_count = settlement_aggregate.settlement_count + excluded.settlement_count""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<AggregateKey, Amounts> d : deltas.entrySet()) {
                int i = setKey(ps, 1, d.getKey());
                i = setAmounts(ps, i, d.getValue());
                ps.setLong(i, d.getValue().count());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int setKey(PreparedStatement ps, int i, AggregateKey k) throws SQLException {
        ps.setString(i++, k.regionCode());
        ps.setString(i++, k.insuranceType());
        ps.setDate(i++, Date.valueOf(k.month().atDay(1)));
        ps.setString(i++, k.medicalType());
        ps.setString(i++, k.paymentMethod());
        return i;
    }

    private static int setAmounts(PreparedStatement ps, int i, Amounts a) throws SQLException {
        for (BigDecimal v : new BigDecimal[] {a.totalCost(), a.policyScopeCost(), a.fundPayment(),
                a.seriousIllnessPayment(), a.medicalAssistancePayment(), a.personalAccountPayment(), a.cashPayment()}) {
            ps.setBigDecimal(i++, v);
        }
        return i;
    }
}
