package cn.ybjg.indicators.compute;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year ({@code 2025}), a quarter ({@code 2025-Q1}) or a month ({@code 2025-03}),
 * i.e. a run of whole months. A settlement belongs to the month of its settlementTime date in Asia/Shanghai.
 */
public record Period(String label, YearMonth first, YearMonth last) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public static Period parse(String text) {
        if (text != null) {
            Matcher m;
            if ((m = YEAR.matcher(text)).matches()) return ofYear(Integer.parseInt(m.group(1)));
            if ((m = QUARTER.matcher(text)).matches()) return ofQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if ((m = MONTH.matcher(text)).matches()) {
                int month = Integer.parseInt(m.group(2));
                if (month >= 1 && month <= 12) return ofMonth(YearMonth.of(Integer.parseInt(m.group(1)), month));
            }
        }
        throw new IllegalArgumentException("period '" + text + "' is not a year (2025), a quarter (2025-Q1) or a month (2025-03)");
    }

    public static Period ofYear(int year) {
        return new Period(Integer.toString(year), YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static Period ofQuarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(year + "-Q" + quarter, first, first.plusMonths(2));
    }

    public static Period ofMonth(YearMonth month) {
        return new Period(month.toString(), month, month);
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    public LocalDate lastDay() {
        return last.atEndOfMonth();
    }

    public int year() {
        return last.getYear();
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** The consecutive periods of one granularity from the one holding {@code from} to the one holding {@code to}. */
    public static List<Period> range(YearMonth from, YearMonth to, Granularity granularity) {
        if (to.isBefore(from)) throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
        List<Period> periods = new ArrayList<>();
        Period p = granularity.periodOf(from);
        while (!p.first().isAfter(to)) {
            periods.add(p);
            p = granularity.periodOf(p.last().plusMonths(1));
        }
        return periods;
    }
}
