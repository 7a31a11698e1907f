package cn.ybjg.supervision.rules.drg;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A group's trimmed-mean cost (yuan, scale 2) over the samples dated windowFrom..windowTo, and how many there were. */
public record WindowBenchmark(BigDecimal cost, int sampleSize, LocalDate windowFrom, LocalDate windowTo) {
}
