package cn.ybjg.claims.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import cn.ybjg.claims.privacy.IdNumbers;

/**
 * Reads typed fields of one JSON object (or a CSV row turned into one) and collects a {@link FieldError} for
 * every field it cannot read, instead of stopping at the first. Values are echoed back only when the caller
 * says they are not personal data.
 */
public final class FieldReader {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000"); // numeric(14,2)
    private final JsonNode node;
    private final String prefix;
    final List<FieldError> errors;

    public FieldReader(JsonNode node, String prefix, List<FieldError> errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
    }

    public void error(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(prefix + field));
    }

    public JsonNode raw(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        return value;
    }

    public String text(String field, boolean required, int maxLength) {
        JsonNode value = raw(field);
        if (value == null) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        if (!value.isTextual() && !value.isIntegralNumber()) {
            error(field, "must be a string");
            return null;
        }
        String text = value.asText().trim();
        if (text.length() > maxLength) {
            error(field, "must be at most " + maxLength + " characters, got " + text.length());
            return null;
        }
        return text;
    }

    public LocalDate date(String field, boolean required) {
        String text = text(field, required, 40);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(field, "must be a date in the form 2025-03-01, got '" + text + "'");
            return null;
        }
    }

    /** ISO-8601 timestamp; without an offset it is read as Asia/Shanghai time. */
    public OffsetDateTime timestamp(String field, boolean required) {
        String text = text(field, required, 40);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(CHINA).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                error(field, "must be a timestamp in the form 2025-03-09T16:20:00+08:00, got '" + text + "'");
                return null;
            }
        }
    }

    /** Yuan amount: a number (or numeric string) ≥ 0 with at most 2 decimals; absent optional amounts are 0. */
    public BigDecimal money(String field, boolean required) {
        JsonNode value = raw(field);
        if (value == null) {
            if (required) {
                error(field, "is required");
                return null;
            }
            return BigDecimal.ZERO.setScale(2);
        }
        return amount(field, value, true);
    }

    public BigDecimal amount(String field, JsonNode value, boolean moneyScale) {
        BigDecimal amount;
        try {
            amount = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            error(field, "must be a number, got '" + abbreviate(value.asText()) + "'");
            return null;
        }
        if (amount.signum() < 0) {
            error(field, "must not be negative, got " + amount.toPlainString());
            return null;
        }
        if (moneyScale && amount.stripTrailingZeros().scale() > 2) {
            error(field, "must have at most 2 decimals (yuan to the fen), got " + amount.toPlainString());
            return null;
        }
        if (amount.compareTo(MAX_MONEY) >= 0) {
            error(field, "must be less than 1000000000000, got " + amount.toPlainString());
            return null;
        }
        return moneyScale ? amount.setScale(2) : amount.stripTrailingZeros();
    }

    /** A list of strings: a JSON array, or a ';'-separated string (the CSV form). */
    public List<String> list(String field) {
        JsonNode value = raw(field);
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    error(field, "must be an array of strings");
                    return items;
                }
                items.add(item.asText().trim());
            }
        } else if (value.isTextual()) {
            for (String item : value.asText().split(";")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        } else {
            error(field, "must be an array of strings");
        }
        return items;
    }

    /** Shortens an echoed value and masks anything that looks like an ID number (a swapped column, say). */
    public static String abbreviate(String text) {
        String safe = IdNumbers.redact(text);
        return safe.length() <= 40 ? safe : safe.substring(0, 40) + "…";
    }

    /** The ID number: 18 characters with a valid ISO 7064 MOD 11-2 check digit. Never echoed back. */
    public String idNumber(String field) {
        String raw = text(field, true, 100);
        if (raw == null) {
            return null;
        }
        String id = IdNumbers.normalize(raw);
        if (!IdNumbers.hasValidFormat(id)) {
            error(field, "must be 18 characters: 17 digits and a digit or X");
            return null;
        }
        if (!IdNumbers.hasValidCheckDigit(id)) {
            error(field, "has a wrong check digit (ISO 7064 MOD 11-2): check the number for a typing error");
            return null;
        }
        return id;
    }

    /** A required code out of a fixed set. */
    public String oneOf(String field, Set<String> allowed, String message) {
        String value = text(field, true, 20);
        if (value != null && !allowed.contains(value)) {
            error(field, message + ", got '" + abbreviate(value) + "'");
            return null;
        }
        return value;
    }

    /** Every field of the object that is not in the given set is reported as unknown. */
    public void rejectUnknown(Set<String> known, String what) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                error(name, "is not a field of " + what + " (check the spelling)");
            }
        });
    }

    /** A date after today (Asia/Shanghai) is an error. */
    public void notInFuture(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            error(field, "must not be in the future (today is " + today + " in Asia/Shanghai), got " + date);
        }
    }
}
