package cn.ybjg.supervision.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Counts of one rule version's flags. {@code flags} counts every flag that stands (OPEN, CONFIRMED, DISMISSED);
 * WITHDRAWN ones are counted apart. precision = confirmed / (confirmed + dismissed), 4 decimals, null before any
 * review. amountAtRisk sums the standing flags, recovered the recoveredAmount of the CONFIRMED ones.
 */
public record RuleStat(String ruleCode, int ruleVersion, long flags, long open, long confirmed, long dismissed,
        long withdrawn, BigDecimal precision, BigDecimal amountAtRisk, BigDecimal recovered) {

    public static BigDecimal precision(long confirmed, long dismissed) {
        long reviewed = confirmed + dismissed;
        if (reviewed == 0) return null;
        return BigDecimal.valueOf(confirmed).divide(BigDecimal.valueOf(reviewed), 4, RoundingMode.HALF_UP);
    }

    public static RuleStat of(String ruleCode, int ruleVersion, long open, long confirmed, long dismissed,
            long withdrawn, BigDecimal amountAtRisk, BigDecimal recovered) {
        return new RuleStat(ruleCode, ruleVersion, open + confirmed + dismissed, open, confirmed, dismissed, withdrawn,
                precision(confirmed, dismissed), amountAtRisk.setScale(2), recovered.setScale(2));
    }
}
