package cn.ybjg.supervision.rules;

import java.time.LocalDate;

/** A person's registered death (the latest correction wins). */
public record DeathFact(LocalDate dateOfDeath, String source, String idNumberMasked) {
}
