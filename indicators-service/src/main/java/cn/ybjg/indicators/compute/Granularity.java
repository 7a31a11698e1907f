package cn.ybjg.indicators.compute;

import java.time.YearMonth;
import java.util.Locale;

/** The length of the periods of a series. */
public enum Granularity {
    MONTH, QUARTER, YEAR;

    public Period periodOf(YearMonth month) {
        return switch (this) {
            case MONTH -> Period.ofMonth(month);
            case QUARTER -> Period.ofQuarter(month.getYear(), (month.getMonthValue() + 2) / 3);
            case YEAR -> Period.ofYear(month.getYear());
        };
    }

    public static Granularity parse(String text) {
        if (text == null || text.isBlank()) return MONTH;
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("granularity '" + text + "' is not one of month, quarter, year");
        }
    }
}
