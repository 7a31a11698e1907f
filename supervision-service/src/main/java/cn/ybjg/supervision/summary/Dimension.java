package cn.ybjg.supervision.summary;

import java.util.Arrays;
import java.util.Optional;

/** What flags can be grouped by: the name in {@code groupBy} and the SQL expression of its key. */
public enum Dimension {
    RULE_CODE("ruleCode", "rule_code"),
    REGION_CODE("regionCode", "region_code"),
    INSTITUTION_CODE("institutionCode", "institution_code"),
    MONTH("month", "to_char(period_date, 'YYYY-MM')"),
    STATUS("status", "status"),
    SEVERITY("severity", "severity");

    final String parameter;
    final String sql;

    Dimension(String parameter, String sql) {
        this.parameter = parameter;
        this.sql = sql;
    }

    static Optional<Dimension> named(String parameter) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(parameter)).findFirst();
    }
}
