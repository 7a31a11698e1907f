package cn.ybjg.supervision.summary;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One group of flags: its key (one entry per groupBy dimension; a flag without an institution has key null),
 * how many flags, their amount at risk, and what confirmed reviews recovered.
 */
public record SummaryGroup(Map<String, String> key, long count, BigDecimal amountAtRisk, BigDecimal recoveredAmount) {
}
