package cn.ybjg.indicators.api;

import java.util.List;

/** GET /api/v1/scorecard: every target of a region and year with its evaluation. */
public record Scorecard(String regionCode, String regionName, int year, Summary summary, List<ScorecardItem> items) {

    public record Summary(long met, long notMet, long noData, long notDerivable) {
        static Summary of(List<ScorecardItem> items) {
            return new Summary(count(items, "MET"), count(items, "NOT_MET"), count(items, "NO_DATA"),
                    count(items, "NOT_DERIVABLE"));
        }

        private static long count(List<ScorecardItem> items, String status) {
            return items.stream().filter(i -> i.status().equals(status)).count();
        }
    }
}
