package cn.ybjg.supervision.streams;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the ISO dates and timestamps the events carry ({@code 2025-03-09}, {@code 2025-03-09T16:20:00.123+08:00})
 * digit by digit: DateTimeFormatter took 6% of the engine's samples in the 1,000,000 bench (JFR). Any other form, and
 * any invalid value, goes to Jackson's own deserializer, so what is accepted and how errors read is unchanged; the
 * offset is kept as written (as with ADJUST_DATES_TO_CONTEXT_TIME_ZONE off).
 */
final class IsoDates {
    private static final int[] NANO_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private IsoDates() {
    }

    static SimpleModule module() {
        return new SimpleModule("iso-dates")
                .addDeserializer(LocalDate.class, new Fast<>(IsoDates::localDate, LocalDateDeserializer.INSTANCE))
                .addDeserializer(OffsetDateTime.class, new Fast<>(IsoDates::offsetDateTime, InstantDeserializer.OFFSET_DATE_TIME));
    }

    /** {@code yyyy-MM-dd}, or null when the text has another form. */
    static LocalDate localDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return null;
        int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f…](Z|±HH:mm)}, or null when the text has another form. */
    static OffsetDateTime offsetDateTime(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') return null;
        LocalDate date = localDate(s.substring(0, 10));
        int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
        if (date == null || hour < 0 || minute < 0 || second < 0) return null;
        int i = 19, nano = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
            int length = i - start;
            if (length == 0 || length > 9) return null;
            nano = digits(s, start, length) * NANO_SCALE[length];
        }
        ZoneOffset offset;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int hours = digits(s, i + 1, 2), minutes = digits(s, i + 4, 2);
            if (hours < 0 || minutes < 0) return null;
            int sign = s.charAt(i) == '-' ? -1 : 1;
            offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } else {
            return null;
        }
        return OffsetDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute, second, nano,
                offset);
    }

    /** The ASCII digits s[from, from + count) as a number, or -1 if one is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private interface Parser<T> {
        T parse(String text);
    }

    /** The fast parser for plain strings of the usual form, Jackson's deserializer for everything else. */
    private static final class Fast<T> extends JsonDeserializer<T> {
        private final Parser<T> parser;
        private final JsonDeserializer<? extends T> fallback;

        Fast(Parser<T> parser, JsonDeserializer<? extends T> fallback) {
            this.parser = parser;
            this.fallback = fallback;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    T value = parser.parse(p.getText());
                    if (value != null) return value;
                } catch (DateTimeException e) {
                    // an impossible date such as 2025-02-30: the fallback reports it as Jackson does
                }
            }
            return fallback.deserialize(p, ctxt);
        }
    }
}
