package cn.ybjg.claims.intake;

import com.fasterxml.jackson.databind.JsonNode;
import cn.ybjg.kit.IsoDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import cn.ybjg.claims.privacy.IdNumbers;
import cn.ybjg.kit.ControlCharacterFilter;

/**
 * Reads typed fields of one JSON object (or a CSV row turned into one) and collects a {@link FieldError} for
 * every field it cannot read, instead of stopping at the first. Values are echoed back only when the caller
 * says they are not personal data.
 */
public final class FieldReader {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000"); // numeric(14,2)
    /** Integer digits of the largest amount accepted; checked before anything expands a huge exponent. */
    private static final int MAX_INTEGER_DIGITS = 13;
    /** Longest numeric text parsed: BigDecimal parsing is quadratic in the number of digits. */
    private static final int MAX_NUMBER_TEXT = 40;
    /** ASCII digits only: BigDecimal would also read full-width and other scripts' digits (１２３). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    /**
     * Free identifiers (settlementId, personId, fee-line codes): a letter or digit first, so that no spreadsheet
     * reads a formula (=, +, -, @) and no path begins with a dot; then letters, digits, '.', '_' and '-' only, so
     * that no HTML, line break, bidirectional override or path separator reaches a screen, a file or a log.
     */
    static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
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
        String text = normalize(value.asText());
        if (ControlCharacterFilter.hasControlCharacter(text)) {
            error(field, "must not contain control characters (U+0000 to U+001F, U+007F)");
            return null;
        }
        if (text.length() > maxLength) {
            error(field, "must be at most " + maxLength + " characters, got " + text.length());
            return null;
        }
        return text;
    }

    /**
     * The form in which every check (scope, pattern, duplicate key) sees a text field: surrounding white space
     * removed (Java's {@code strip}: spaces, tabs, line breaks, U+3000), nothing else changed. A NUL is not white
     * space, so it stays and is refused as a control character.
     */
    public static String normalize(String raw) {
        return raw == null ? null : raw.strip();
    }

    /** The normalised text of a field as sent, before any validation; null when absent or not a scalar. */
    public static String normalizedText(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : normalize(value.asText());
    }

    /** A free identifier (see {@link #IDENTIFIER}). */
    public String identifier(String field, boolean required, int maxLength) {
        String text = text(field, required, maxLength);
        if (text != null && !isAsciiIdentifier(text) && !IDENTIFIER.matcher(text).matches()) {
            error(field, "must start with a letter or digit and hold only letters, digits, '.', '_' and '-', got '"
                    + abbreviate(text) + "'");
            return null;
        }
        return text;
    }

    /**
     * The common case of {@link #IDENTIFIER} without a regex (it runs for several fields of every record): ASCII
     * letters and digits, then also '.', '_' and '-'. False does not mean invalid, only "ask the pattern".
     */
    static boolean isAsciiIdentifier(String text) {
        if (text.isEmpty() || !isAsciiLetterOrDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** 人员编号: an identifier that is not itself (and does not hold) an ID number, which is personal data. */
    public String personId(String field) {
        String text = identifier(field, true, 40);
        if (text != null && IdNumbers.containsIdNumber(text)) {
            error(field, "must be the 人员编号, not an ID number: send the ID number only in idNumber,"
                    + " where it is encrypted and masked");
            return null;
        }
        return text;
    }

    public LocalDate date(String field, boolean required) {
        String text = text(field, required, 40);
        if (text == null) {
            return null;
        }
        LocalDate plain = IsoDates.localDate(text);
        if (plain != null) {
            return plain;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(field, "must be a date in the form 2025-03-01, got '" + abbreviate(text) + "'");
            return null;
        }
    }

    /** ISO-8601 timestamp; without an offset it is read as Asia/Shanghai time. */
    public OffsetDateTime timestamp(String field, boolean required) {
        String text = text(field, required, 40);
        if (text == null) {
            return null;
        }
        OffsetDateTime plain = IsoDates.offsetDateTime(text);
        if (plain != null) {
            return plain;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(CHINA).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                error(field, "must be a timestamp in the form 2025-03-09T16:20:00+08:00, got '" + abbreviate(text) + "'");
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
        return amount(field, value, 2);
    }

    /**
     * A number ≥ 0 of at most 13 integer digits and {@code maxScale} decimals. The bounds are checked on precision
     * and scale before anything expands the value, so that {@code 1E+999999999} costs nothing; messages echo the
     * text as sent, never an expansion of it.
     */
    public BigDecimal amount(String field, JsonNode value, int maxScale) {
        String sent = value.asText();
        BigDecimal amount;
        try {
            if (value.isNumber()) {
                amount = value.decimalValue();
            } else {
                String text = normalize(sent);
                if (text.length() > MAX_NUMBER_TEXT) {
                    error(field, "must be a number of at most " + MAX_NUMBER_TEXT + " characters, got " + text.length());
                    return null;
                }
                if (!NUMBER.matcher(text).matches()) {
                    throw new NumberFormatException();
                }
                amount = new BigDecimal(text);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            error(field, "must be a number, got '" + abbreviate(sent) + "'");
            return null;
        }
        if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS || amount.abs().compareTo(MAX_MONEY) >= 0) {
            error(field, "must be less than 1000000000000, got " + abbreviate(sent));
            return null;
        }
        if (amount.signum() < 0) {
            error(field, "must not be negative, got " + abbreviate(sent));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > maxScale) {
            error(field, "must have at most " + maxScale + " decimals"
                    + (maxScale == 2 ? " (yuan to the fen)" : "") + ", got " + abbreviate(sent));
            return null;
        }
        return maxScale == 2 ? amount.setScale(2) : amount.stripTrailingZeros();
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
                items.add(normalize(item.asText()));
            }
        } else if (value.isTextual()) {
            for (String item : value.asText().split(";")) {
                if (!item.isBlank()) {
                    items.add(normalize(item));
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
        safe = safe.length() <= 40 ? safe : safe.substring(0, 40) + "…";
        StringBuilder shown = new StringBuilder(safe.length());
        safe.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT) {
                shown.append(String.format("\\u%04X", c)); // no line break or direction override in a message
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
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
