package cn.ybjg.bench;

import java.time.LocalDate;

/** 死亡登记. */
record Death(Person person, LocalDate dateOfDeath, String source) {
}
