package cn.ybjg.claims.registry;

import java.time.LocalDate;

/** A valid 死亡登记: one per person. */
public record Death(String idNumber, LocalDate dateOfDeath, String source) {

    String canonical() {
        return String.join("|", idNumber, dateOfDeath.toString(), source);
    }
}
