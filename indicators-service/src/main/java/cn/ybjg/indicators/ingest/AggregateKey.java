package cn.ybjg.indicators.ingest;

import java.time.YearMonth;

/** The key of one aggregate row; {@code paymentMethod} is "" when the settlement had none. */
public record AggregateKey(String regionCode, String insuranceType, String medicalType, String paymentMethod,
                           YearMonth month) implements Comparable<AggregateKey> {

    @Override
    public int compareTo(AggregateKey o) {
        return toString().compareTo(o.toString());
    }
}
