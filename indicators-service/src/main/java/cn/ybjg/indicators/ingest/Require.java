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
