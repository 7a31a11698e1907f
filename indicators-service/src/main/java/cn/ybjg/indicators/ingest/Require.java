package cn.ybjg.indicators.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/** Field checks shared by the event records. */
final class Require {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Require() {
    }

    static <T> T present(T value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new InvalidEventException("field " + field + " is missing");
        }
        return value;
    }

    /** A present code of at most {@code max} characters. */
    static String code(String value, String field, int max) {
        present(value, field);
        if (value.length() > max) throw new InvalidEventException("field " + field + " is longer than " + max);
        return value;
    }

    static String region(String value) {
        if (!present(value, "regionCode").matches("\\d{6}")) {
            throw new InvalidEventException("field regionCode is not a 6-digit division code");
        }
        return value;
    }

    static BigDecimal money(BigDecimal value, String field) {
        if (value == null) throw new InvalidEventException("field " + field + " is missing");
        if (value.signum() < 0) throw new InvalidEventException("field " + field + " is negative");
        return value.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    static BigDecimal moneyOrZero(BigDecimal value, String field) {
        return value == null ? BigDecimal.ZERO.setScale(2) : money(value, field);
    }

    static void schema(Integer version) {
        if (version == null || version != 1) {
            throw new InvalidEventException("schemaVersion " + version + " is not supported (expected 1)");
        }
    }

    static LocalDate date(LocalDate value, String field) {
        return present(value, field);
    }
}
