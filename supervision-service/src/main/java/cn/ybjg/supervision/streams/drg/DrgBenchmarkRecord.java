package cn.ybjg.supervision.streams.drg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * drg-benchmarks.v1 payload, keyed {@code regionCode|drgCode|year}: one row of the configured benchmark table
 * (drg_benchmark). The topic is compacted, so it holds the current value of every row; a tombstone deletes one.
 */
public record DrgBenchmarkRecord(String regionCode, String drgCode, int year, BigDecimal benchmarkCost, String source) {

    public static String key(String regionCode, String drgCode, int year) {
        return regionCode + "|" + drgCode + "|" + year;
    }

    /** Every reason this record cannot be used under this key (the table's own constraints); empty when fine. */
    List<String> problems(String recordKey) {
        List<String> p = new ArrayList<>();
        if (regionCode == null || !regionCode.matches("\\d{6}")) p.add("regionCode: not 6 digits");
        if (drgCode == null || drgCode.isBlank()) p.add("drgCode: missing");
        if (benchmarkCost == null || benchmarkCost.signum() <= 0) p.add("benchmarkCost: must be > 0");
        if (p.isEmpty() && !key(regionCode, drgCode, year).equals(recordKey)) p.add("key: not regionCode|drgCode|year");
        return p;
    }
}
