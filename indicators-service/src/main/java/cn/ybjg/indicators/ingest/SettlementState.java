package cn.ybjg.indicators.ingest;

/**
 * What the aggregates hold of one settlement. {@code reversed} false: its SETTLED amounts are counted.
 * {@code reversed} true: a REVERSED event arrived; {@code counted} says whether the SETTLED amounts had been
 * added before (and were therefore subtracted). Re-delivered events change nothing.
 */
public record SettlementState(SettlementKey key, boolean reversed, boolean counted, AggregateKey aggregateKey,
                              Amounts amounts, String settledEventId, String reversedEventId) {
}
