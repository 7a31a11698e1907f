package cn.ybjg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One person's clean calendar inside a coverage window: stays at least {@link #STAY_GAP} days apart (so no
 * readmission and no overlap), outpatient visits never on a day of a stay and at most one a day (so no visit
 * inside a stay and no duplicate).
 */
final class Timeline {
    static final int STAY_GAP = 16;
    private final LocalDate from;
    private final LocalDate to;
    private final List<LocalDate[]> stays = new ArrayList<>();
    private final Set<LocalDate> visits = new HashSet<>();

    Timeline(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /** An admission date for a stay of that many nights, or null when none fits. */
    LocalDate placeStay(int nights, Rng rng) {
        if (to.toEpochDay() - from.toEpochDay() < nights) {
            return null;
        }
        for (int attempt = 0; attempt < 40; attempt++) {
            LocalDate a = rng.date(from, to.minusDays(nights));
            LocalDate d = a.plusDays(nights);
            boolean free = stays.stream().allMatch(s -> a.toEpochDay() - s[1].toEpochDay() >= STAY_GAP
                    || s[0].toEpochDay() - d.toEpochDay() >= STAY_GAP)
                    && visits.stream().noneMatch(v -> !v.isBefore(a) && !v.isAfter(d));
            if (free) {
                stays.add(new LocalDate[] {a, d});
                return a;
            }
        }
        return null;
    }

    LocalDate placeVisit(Rng rng) {
        for (int attempt = 0; attempt < 40; attempt++) {
            LocalDate v = rng.date(from, to);
            boolean free = stays.stream().noneMatch(s -> !v.isBefore(s[0]) && !v.isAfter(s[1]));
            if (free && visits.add(v)) {
                return v;
            }
        }
        return null;
    }
}
