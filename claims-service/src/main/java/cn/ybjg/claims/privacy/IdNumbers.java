package cn.ybjg.claims.privacy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 公民身份号码 (GB 11643) helpers: format, ISO 7064 MOD 11-2 check digit, masking. Pure, no state. */
public final class IdNumbers {

    private static final Pattern LOOKS_LIKE_ID = Pattern.compile("(?<!\\d)(\\d{6})\\d{8}(\\d{3}[\\dXx])(?![\\dXx])");
    private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdNumbers() {
    }

    /** Upper-cases a trailing x; the canonical form hashed, encrypted and validated. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean hasValidFormat(String normalized) {
        return normalized != null && FORMAT.matcher(normalized).matches();
    }

    /** True when the 18th character is the ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static boolean hasValidCheckDigit(String normalized) {
        if (!hasValidFormat(normalized)) {
            return false;
        }
        return checkCharacter(normalized.substring(0, 17)) == normalized.charAt(17);
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** True when the text holds an 18-character run that is a valid ID number (a swapped column, say). */
    public static boolean containsIdNumber(String text) {
        if (text.length() < 18) {
            return false; // too short to hold one; most 人员编号 are, and this runs for every ingested record
        }
        Matcher m = LOOKS_LIKE_ID.matcher(text);
        while (m.find()) {
            if (hasValidCheckDigit(normalize(m.group()))) {
                return true;
            }
        }
        return false;
    }

    /** First 6 and last 4 characters kept: {@code 431002********1234}. */
    public static String mask(String normalized) {
        return normalized.substring(0, 6) + "********" + normalized.substring(14);
    }

    /** Masks every ID-number-like run of characters in a text meant for an error message or a log line. */
    public static String redact(String text) {
        return text == null ? null : LOOKS_LIKE_ID.matcher(text).replaceAll("$1********$2");
    }
}
