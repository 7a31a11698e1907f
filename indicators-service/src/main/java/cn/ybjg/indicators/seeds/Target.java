package cn.ybjg.indicators.seeds;

import cn.ybjg.indicators.compute.Comparator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One plan target. {@code derivable} false: a target settlement data cannot measure, listed but not evaluated.
 * {@code insuranceType} null: applies to all insurance types. {@code tolerance} is effective (default applied).
 */
public record Target(String id, String regionCode, String regionName, String indicator, boolean derivable,
                     String insuranceType, int year, @JsonIgnore Comparator comparatorKind, BigDecimal value,
                     BigDecimal tolerance, String unit, Baseline baseline, String description, String descriptionZh,
                     Source source) {

    public record Baseline(int year, BigDecimal value) {
    }

    @JsonProperty("comparator")
    public String comparator() {
        return comparatorKind.symbol();
    }
}
