package cn.ybjg.indicators.seeds;

import cn.ybjg.indicators.compute.Comparator;
import cn.ybjg.indicators.compute.IndicatorCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Checks one YAML entry field by field; every fault names the entry's file:line and the field. */
final class TargetParser {

    private final JsonNode node;
    private final String where;
    private final BigDecimal defaultTolerance;

    TargetParser(JsonNode node, String where, BigDecimal defaultTolerance) {
        this.node = node;
        this.where = where;
        this.defaultTolerance = defaultTolerance;
    }

    Target parse() {
        String id = text("id");
        String indicator = text("indicator");
        boolean known = IndicatorCode.isKnown(indicator);
        boolean derivable = node.has("derivable") ? bool("derivable") : known;
        if (derivable && !known) fail("indicator", "'" + indicator + "' is not a derivable indicator code; mark it derivable: false");
        Comparator comparator;
        try {
            comparator = Comparator.parse(text("comparator"));
        } catch (IllegalArgumentException e) {
            throw fail("comparator", e.getMessage());
        }
        BigDecimal tolerance = node.has("tolerance") ? number("tolerance") : defaultTolerance;
        if (tolerance.signum() < 0) fail("tolerance", "must not be negative");
        String insuranceType = optionalText("insuranceType");
        if (insuranceType != null && !insuranceType.matches("\\d{3}")) fail("insuranceType", "'" + insuranceType + "' is not a 3-digit 险种类型");
        Target.Baseline baseline = null;
        if (node.hasNonNull("baseline")) {
            JsonNode b = node.get("baseline");
            baseline = new Target.Baseline(new TargetParser(b, where, defaultTolerance).year(),
                    new TargetParser(b, where, defaultTolerance).number("value"));
        }
        return new Target(id, region(), optionalText("regionName"), indicator, derivable, insuranceType, year(),
                comparator, number("value"), comparator == Comparator.APPROX ? tolerance : null,
                node.has("unit") ? text("unit") : "%", baseline, optionalText("description"),
                optionalText("descriptionZh"), source());
    }

    PopulationFigure population() {
        BigDecimal residents = number("residents");
        if (residents.signum() <= 0 || residents.stripTrailingZeros().scale() > 0) fail("residents", "must be a positive whole number");
        return new PopulationFigure(region(), optionalText("regionName"), year(), residents.longValueExact(),
                optionalText("note"), source());
    }

    private String region() {
        String code = text("regionCode");
        if (!code.matches("\\d{6}")) fail("regionCode", "'" + code + "' is not a 6-digit division code");
        return code;
    }

    private int year() {
        BigDecimal y = number("year");
        if (y.stripTrailingZeros().scale() > 0 || y.intValue() < 1990 || y.intValue() > 2100) fail("year", "'" + y + "' is not a year");
        return y.intValue();
    }

    private Source source() {
        JsonNode s = node.get("source");
        if (s == null || !s.isObject()) throw fail("source", "missing: give {document, section}");
        TargetParser p = new TargetParser(s, where, defaultTolerance);
        return new Source(p.text("document"), p.text("section"));
    }

    private String text(String field) {
        String value = optionalText(field);
        if (value == null || value.isBlank()) throw fail(field, "missing");
        return value;
    }

    private String optionalText(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isValueNode()) throw fail(field, "must be a single value");
        return v.asText();
    }

    private BigDecimal number(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) throw fail(field, "missing");
        if (!v.isNumber()) throw fail(field, "'" + v.asText() + "' is not a number");
        return v.decimalValue();
    }

    private boolean bool(String field) {
        JsonNode v = node.get(field);
        if (!v.isBoolean()) throw fail(field, "'" + v.asText() + "' is not true or false");
        return v.booleanValue();
    }

    private SeedLoadException fail(String field, String message) {
        String id = node.hasNonNull("id") ? " (id " + node.get("id").asText() + ")" : "";
        throw new SeedLoadException(where + id + ": " + field + " " + message);
    }
}
