package cn.ybjg.supervision.replay;

import cn.ybjg.supervision.flags.Flag;
import cn.ybjg.supervision.flags.FlagDiff;
import cn.ybjg.supervision.rules.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Accumulates a replay's diff batch by batch: complete counts per rule, and up to {@code maxListed} flags per
 * kind (added = new or re-opened, removed = withdrawn, changed = amount or severity moved). Memory stays bounded
 * whatever the window's size.
 */
final class ReplayResult {

    /** A flag in the result: what a supervisor needs to recognise it. */
    record Listed(UUID id, String ruleCode, String severity, String settlementId, String institutionCode,
            String regionCode, String personId, String idNumberMasked, BigDecimal amountAtRisk, LocalDate periodDate) {

        static Listed of(FlagDiff.Change c) {
            Finding f = c.finding();
            if (f == null) {
                Flag s = c.stored();
                return new Listed(s.id, s.ruleCode, s.severity, s.settlementId, s.institutionCode, s.regionCode,
                        s.personId, s.idNumberMasked, s.amountAtRisk, s.periodDate);
            }
            return new Listed(Flag.idOf(f.ruleCode(), f.subjectKey()), f.ruleCode(), f.severity().name(),
                    f.settlement() == null ? null : f.settlement().settlementId(),
                    f.settlement() == null ? null : f.settlement().institutionCode(), f.regionCode(), f.personId(),
                    f.idNumberMasked(), f.amountAtRisk(), f.periodDate());
        }
    }

    private final int maxListed;
    private final Map<String, long[]> perRule = new TreeMap<>();
    private final List<Listed> added = new ArrayList<>();
    private final List<Listed> removed = new ArrayList<>();
    private final List<Listed> changed = new ArrayList<>();
    private boolean truncated;

    ReplayResult(int maxListed) {
        this.maxListed = maxListed;
    }

    void add(List<FlagDiff.Change> diff) {
        List<FlagDiff.Change> sorted = new ArrayList<>(diff);
        sorted.sort(Comparator.comparing(FlagDiff.Change::ruleCode).thenComparing(c -> Listed.of(c).id()));
        for (FlagDiff.Change c : sorted) {
            int kind = switch (c.kind()) {
                case OPEN, REOPEN -> 0;
                case WITHDRAW -> 1;
                case UPDATE -> 2;
                case REFRESH -> -1;
            };
            if (kind < 0) continue;
            perRule.computeIfAbsent(c.ruleCode(), k -> new long[3])[kind]++;
            List<Listed> list = kind == 0 ? added : kind == 1 ? removed : changed;
            if (list.size() < maxListed) list.add(Listed.of(c));
            else truncated = true;
        }
    }

    Map<String, Object> toMap(List<String> skippedRules) {
        Map<String, Object> rules = new LinkedHashMap<>();
        long[] total = new long[3];
        perRule.forEach((code, n) -> {
            rules.put(code, Map.of("added", n[0], "removed", n[1], "changed", n[2]));
            for (int i = 0; i < 3; i++) total[i] += n[i];
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("addedCount", total[0]);
        out.put("removedCount", total[1]);
        out.put("changedCount", total[2]);
        out.put("perRule", rules);
        out.put("added", added);
        out.put("removed", removed);
        out.put("changed", changed);
        out.put("truncated", truncated);
        out.put("skippedRules", skippedRules);
        return out;
    }
}
