package cn.ybjg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DRG_COST_OUTLIER: a high (4-5 x the group mean) and a low (0.2-0.3 x) case per group at most, each admitted
 * after at least {@link #HISTORY} clean settlements of its group in the region were settled, so the 10%-trimmed
 * benchmark exists and trims them away. Clean costs stay in [0.82, 1.18] x mean, so a high case is at least
 * 4 / 1.18 = 3.39 x any clean benchmark (above every tier's multiple, 3 at most) and a low one at most
 * 0.3 / 0.82 = 0.37 x (below 0.4).
 */
final class OutlierPlanter {
    static final int HISTORY = 40;
    private final CaseKit kit;

    OutlierPlanter(CaseKit kit) {
        this.kit = kit;
    }

    /** Plants up to count outliers, alternating high and low; returns how many it could plant. */
    int plant(int count) {
        Map<String, List<LocalDate>> history = new TreeMap<>();
        for (Settlement s : kit.data.settlements) {
            if (s.drgCode() != null) {
                history.computeIfAbsent(s.drgCode(), k -> new ArrayList<>()).add(s.settlementTime().toLocalDate());
            }
        }
        List<String> eligible = new ArrayList<>(history.keySet().stream()
                .filter(g -> history.get(g).size() >= HISTORY).toList());
        eligible.sort(Comparator.comparing((String g) -> -history.get(g).size()).thenComparing(g -> g));
        int planted = 0;
        for (int i = 0; i < count && i < 2 * eligible.size(); i++) {
            String code = eligible.get(i / 2);
            List<LocalDate> dates = history.get(code).stream().sorted().toList();
            if (plantOne(DrgGroup.byCode(code), dates.get(HISTORY - 1).plusDays(1), i % 2 == 0)) {
                planted++;
            }
        }
        return planted;
    }

    private boolean plantOne(DrgGroup group, LocalDate earliest, boolean high) {
        int nights = group.maxStay();
        LocalDate latest = kit.day(12, 31).minusDays(nights);
        if (earliest.isAfter(latest)) {
            return false;
        }
        Person p = kit.person(group.gender(), Math.max(group.minAge(), 18), Math.min(group.maxAge(), 85));
        String scheme = kit.scheme(p);
        kit.enroll(p, scheme);
        double multiplier = high ? kit.rng.uniform(4.0, 5.0) : kit.rng.uniform(0.2, 0.3);
        Settlement s = kit.add(kit.factory.inpatient(p, scheme, kit.institution(p), kit.between(earliest, latest),
                nights, group, kit.rng.pick(group.diagnoses()), multiplier));
        kit.data.late.add(s.settlementId());
        kit.truth("DRG_COST_OUTLIER", s);
        return true;
    }
}
