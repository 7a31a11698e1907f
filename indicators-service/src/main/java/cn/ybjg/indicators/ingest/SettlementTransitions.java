package cn.ybjg.indicators.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies a batch of settlement facts to the known per-settlement states: SETTLED adds once, REVERSED subtracts
 * exactly what the SETTLED added (and only if it had been added), duplicates and a SETTLED arriving after its
 * REVERSED change nothing. Pure: the caller loads the states and writes the result.
 */
public final class SettlementTransitions {

    public record Result(Map<SettlementKey, SettlementState> changed, Map<AggregateKey, Amounts> deltas,
                         int applied, int ignored) {
    }

    private SettlementTransitions() {
    }

    public static Result apply(Map<SettlementKey, SettlementState> known, List<SettlementFact> facts) {
        Map<SettlementKey, SettlementState> states = new LinkedHashMap<>(known);
        Map<SettlementKey, SettlementState> changed = new LinkedHashMap<>();
        Map<AggregateKey, Amounts> deltas = new TreeMap<>();
        int applied = 0;
        for (SettlementFact f : facts) {
            SettlementState before = states.get(f.key());
            SettlementState after = next(before, f);
            if (after == before) continue;
            applied++;
            states.put(f.key(), after);
            changed.put(f.key(), after);
            if (!f.reversal()) {
                deltas.merge(after.aggregateKey(), after.amounts(), Amounts::plus);
            } else if (before != null) {
                deltas.merge(before.aggregateKey(), before.amounts().negate(), Amounts::plus);
            }
        }
        deltas.values().removeIf(a -> a.equals(Amounts.ZERO));
        return new Result(changed, deltas, applied, facts.size() - applied);
    }

    /** The state after one fact; the same instance when the fact changes nothing. */
    static SettlementState next(SettlementState s, SettlementFact f) {
        if (!f.reversal()) {
            if (s != null) return s; // re-delivered SETTLED, or SETTLED after its REVERSED
            return new SettlementState(f.key(), false, true, f.aggregateKey(), f.amounts(), f.eventId(), null);
        }
        if (s == null) { // REVERSED before SETTLED: remember it, count nothing
            return new SettlementState(f.key(), true, false, f.aggregateKey(), f.amounts(), null, f.eventId());
        }
        if (s.reversed()) return s; // re-delivered REVERSED
        return new SettlementState(s.key(), true, true, s.aggregateKey(), s.amounts(), s.settledEventId(), f.eventId());
    }
}
