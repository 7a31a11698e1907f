package cn.ybjg.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** 公民身份号码 (GB 11643): 6-digit division, birth date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check. */
final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IdNumbers() {
    }

    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** sequence 0..999; its parity must match the gender (odd male "1", even female "2"). */
    static String make(String division, LocalDate birthDate, int sequence) {
        String first17 = division + birthDate.format(BASIC) + String.format("%03d", sequence);
        return first17 + checkDigit(first17);
    }

    static boolean isValid(String id) {
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate.parse(id.substring(6, 14), BASIC);
        } catch (DateTimeParseException e) {
            return false;
        }
        return checkDigit(id.substring(0, 17)) == id.charAt(17);
    }

    static String genderOf(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? "1" : "2";
    }

    static String mask(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }
}
