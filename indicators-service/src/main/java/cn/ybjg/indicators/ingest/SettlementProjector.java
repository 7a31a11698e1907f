package cn.ybjg.indicators.ingest;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Folds settlements.v1 facts into the aggregates: one state lookup and two batched writes per batch. */
@ApplicationScoped
public class SettlementProjector {

    @Inject
    SettlementStore store;

    @Transactional
    public SettlementTransitions.Result apply(List<SettlementFact> facts) throws SQLException {
        Set<SettlementKey> keys = new LinkedHashSet<>();
        facts.forEach(f -> keys.add(f.key()));
        Map<SettlementKey, SettlementState> known = store.load(keys);
        SettlementTransitions.Result result = SettlementTransitions.apply(known, facts);
        store.save(result.changed().values());
        store.addDeltas(result.deltas());
        Log.debugf("settlements: %d applied, %d ignored as re-delivered or superseded", result.applied(), result.ignored());
        return result;
    }
}
