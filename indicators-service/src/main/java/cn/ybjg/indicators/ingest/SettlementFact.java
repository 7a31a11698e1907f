package cn.ybjg.indicators.ingest;

/** One validated settlements.v1 event, reduced to what the aggregates need. */
public record SettlementFact(String eventId, SettlementKey key, boolean reversal, AggregateKey aggregateKey,
                             Amounts amounts) {
}
