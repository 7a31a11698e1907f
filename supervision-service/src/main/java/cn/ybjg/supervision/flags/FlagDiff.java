package cn.ybjg.supervision.flags;

import cn.ybjg.supervision.rules.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reconciling findings with the stored flags of their scope would change, computed without writing: the
 * same diff serves the live re-check, an applied replay and a dry run. Reviewed flags are never in it.
 */
public final class FlagDiff {
    private FlagDiff() {
    }

    /** Kinds of change: a new flag, a WITHDRAWN one found again, an OPEN one whose amount or severity moved,
     * an OPEN one whose finding vanished, and a quiet evidence refresh of an unchanged OPEN flag. */
    public enum Kind { OPEN, REOPEN, UPDATE, WITHDRAW, REFRESH }

    /** One change; {@code stored} is null for OPEN, {@code finding} is null for WITHDRAW. */
    public record Change(Kind kind, Flag stored, Finding finding) {
        public String ruleCode() {
            return finding != null ? finding.ruleCode() : stored.ruleCode;
        }
    }

    public static List<Change> of(Collection<Finding> findings, Collection<Flag> inScope) {
        Map<String, Flag> stored = new LinkedHashMap<>();
        for (Flag f : inScope) stored.put(f.ruleCode + "\u0000" + f.subjectKey, f);
        Map<String, Finding> found = new LinkedHashMap<>();
        for (Finding f : findings) found.putIfAbsent(f.ruleCode() + "\u0000" + f.subjectKey(), f);
        List<Change> out = new ArrayList<>();
        for (var e : found.entrySet()) {
            Finding f = e.getValue();
            Flag flag = stored.get(e.getKey());
            if (flag == null) {
                out.add(new Change(Kind.OPEN, null, f));
            } else if (flag.status == Flag.Status.WITHDRAWN) {
                out.add(new Change(Kind.REOPEN, flag, f));
            } else if (flag.status == Flag.Status.OPEN) {
                boolean moved = flag.amountAtRisk.compareTo(f.amountAtRisk()) != 0
                        || !flag.severity.equals(f.severity().name());
                out.add(new Change(moved ? Kind.UPDATE : Kind.REFRESH, flag, f));
            }
        }
        for (var e : stored.entrySet()) {
            if (!found.containsKey(e.getKey()) && e.getValue().status == Flag.Status.OPEN) {
                out.add(new Change(Kind.WITHDRAW, e.getValue(), null));
            }
        }
        return out;
    }
}
