package cn.ybjg.indicators.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettlementTransitionsTest {

    static final AggregateKey K = new AggregateKey("999001", "310", "21", "DRG", YearMonth.of(2025, 3));

    static Amounts amounts(String total, String fund) {
        BigDecimal t = new BigDecimal(total);
        BigDecimal f = new BigDecimal(fund);
        return new Amounts(1, t, t, f, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, t.subtract(f));
    }

    static SettlementFact fact(String id, boolean reversal, Amounts a) {
        return new SettlementFact(id + (reversal ? ":R" : ":S"), new SettlementKey("H99900100001", id), reversal, K, a);
    }

    @Test
    void settledAddsReversedSubtractsAndRedeliveryCountsOnce() {
        Amounts a = amounts("1000.10", "800.05");
        Amounts b = amounts("200.00", "150.00");
        var r = SettlementTransitions.apply(Map.of(), List.of(fact("S1", false, a), fact("S1", false, a),
                fact("S2", false, b), fact("S1", true, a), fact("S1", true, a)));
        assertEquals(3, r.applied());
        assertEquals(2, r.ignored());
        Amounts delta = r.deltas().get(K);
        assertEquals(1, delta.count());
        assertEquals(new BigDecimal("200.00"), delta.totalCost());
        assertEquals(new BigDecimal("150.00"), delta.fundPayment());
    }

    @Test
    void reversalSubtractsWhatTheStoredSettledAdded() {
        Amounts original = amounts("1000.10", "800.05");
        SettlementState counted = new SettlementState(new SettlementKey("H99900100001", "S1"), false, true, K,
                original, "e1", null);
        var r = SettlementTransitions.apply(new HashMap<>(Map.of(counted.key(), counted)),
                List.of(fact("S1", true, original)));
        assertEquals(original.negate(), r.deltas().get(K));
        assertTrue(r.changed().get(counted.key()).reversed());
    }

    @Test
    void reversedBeforeSettledCountsNothing() {
        Amounts a = amounts("500.00", "400.00");
        var first = SettlementTransitions.apply(Map.of(), List.of(fact("S3", true, a)));
        assertTrue(first.deltas().isEmpty());
        SettlementState state = first.changed().values().iterator().next();
        var second = SettlementTransitions.apply(Map.of(state.key(), state), List.of(fact("S3", false, a)));
        assertTrue(second.deltas().isEmpty());
        assertEquals(0, second.applied());
    }

    @Test
    void periodIsTheSettlementDateInShanghai() throws Exception {
        ObjectMapper m = new ObjectMapper().registerModule(new JavaTimeModule());
        String base = """
                {"schemaVersion":1,"eventId":"e","status":"SETTLED","settlementId":"S","institutionCode":"H","regionCode":"999001",
                 "insuranceType":"310","medicalType":"21","dischargeDate":"2024-12-31","settlementTime":"%s",
                 "totalCost":1,"policyScopeCost":1,"fundPayment":1,"cashPayment":0}""";
        // discharged 12-31, settled 2024-12-31 23:59 Shanghai -> December; 2024-12-31T16:00Z is 01-01 00:00 Shanghai -> January
        assertEquals(YearMonth.of(2024, 12), m.readValue(base.formatted("2024-12-31T23:59:59+08:00"), SettlementEvent.class)
                .toFact().aggregateKey().month());
        assertEquals(YearMonth.of(2025, 1), m.readValue(base.formatted("2024-12-31T16:00:00Z"), SettlementEvent.class)
                .toFact().aggregateKey().month());
    }
}
