package cn.ybjg.kit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Reads and checks query parameters; every failure is a {@link BadParameterException} naming the parameter
 * (400), never a 404 or an overflow further down.
 */
public final class Params {

    private static final java.util.regex.Pattern FOUR_DIGIT_DATE = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** The largest page size any list endpoint serves. */
    public static final int MAX_PAGE_SIZE = 500;

    private Params() {
    }

    /** One page of a listing: {@code page} from 0, {@code size} clamped to 1..{@value #MAX_PAGE_SIZE}. */
    public record Paging(int page, int size) {

        /** Index of the first row, which fits an int by construction. */
        public int offset() {
            return page * size;
        }
    }

    /**
     * Checks a page request. A negative page reads as the first page and the size is clamped, as before; a page
     * whose rows lie past the end of {@code int} (page × size ≥ 2^31) is refused instead of overflowing.
     */
    public static Paging paging(int page, int size) {
        int clampedSize = Math.min(MAX_PAGE_SIZE, Math.max(1, size));
        int clampedPage = Math.max(0, page);
        if ((long) clampedPage * clampedSize + clampedSize > Integer.MAX_VALUE) {
            throw new BadParameterException("page", "is past the last possible page: page × size must stay below "
                    + Integer.MAX_VALUE);
        }
        return new Paging(clampedPage, clampedSize);
    }

    /** An ISO date (YYYY-MM-DD), or null when absent or blank. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return isoDate(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "must be a date YYYY-MM-DD");
        }
    }

    /**
     * A date of exactly four year digits. {@link LocalDate#parse} also reads {@code +999999999-12-31}, which
     * PostgreSQL cannot hold: such a filter would fail in the database instead of here.
     */
    public static LocalDate isoDate(String text) {
        if (!FOUR_DIGIT_DATE.matcher(text).matches()) {
            throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
        }
        return LocalDate.parse(text);
    }

    /**
     * A personId filter. One shaped like an ID number is refused: the search would write the number into the
     * supervisors' read log, and no stored personId holds one (claims-service refuses them).
     */
    public static String personId(String name, String value) {
        if (SafeLog.holdsIdNumber(value)) {
            throw new BadParameterException(name, "must be the 人员编号, not an ID number");
        }
        return value;
    }

    /** A whole number in min..max, or null when absent or blank. */
    public static Integer intIn(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "must be a whole number between " + min + " and " + max);
        }
        if (parsed < min || parsed > max) {
            throw new BadParameterException(name, "must be a whole number between " + min + " and " + max);
        }
        return (int) parsed;
    }

    /**
     * One of the allowed values (exact match), or null when absent. A present but blank value is refused too:
     * {@code severity=} filters on nothing known.
     */
    public static String oneOf(String name, String value, Collection<String> allowed) {
        if (value == null) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new BadParameterException(name, "must be one of " + new TreeSet<>(allowed));
        }
        return value;
    }

    /** {@link #oneOf} for the constants of an enum. */
    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        TreeSet<String> allowed = new TreeSet<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name());
        }
        throw new BadParameterException(name, "must be one of " + allowed);
    }
}
