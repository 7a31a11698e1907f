package cn.ybjg.supervision.rules.drg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One settlement counted in a group: its id (what makes re-delivery idempotent), its date and its cost in fen. */
public record Sample(String id, LocalDate date, long fen) {

    public Sample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        if (fen > GroupWindow.MAX_FEN || fen < -GroupWindow.MAX_FEN) throw new IllegalArgumentException("fen: beyond ±" + GroupWindow.MAX_FEN);
    }

    /** Yuan to fen, exactly: an amount with a third decimal is refused rather than rounded away. */
    public static long fen(BigDecimal yuan) {
        try {
            return yuan.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount: not a whole number of fen: " + yuan.toPlainString(), e);
        }
    }
}
