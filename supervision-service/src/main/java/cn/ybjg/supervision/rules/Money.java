package cn.ybjg.supervision.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Yuan to the fen. */
public final class Money {
    private Money() {
    }

    public static BigDecimal of(BigDecimal v) {
        return (v == null ? BigDecimal.ZERO : v).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal fundPayments(Collection<SettlementFact> settlements) {
        return of(settlements.stream().map(SettlementFact::fundPayments).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
