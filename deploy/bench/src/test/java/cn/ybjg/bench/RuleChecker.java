package cn.ybjg.bench;

import cn.ybjg.bench.Loaded.D;
import cn.ybjg.bench.Loaded.E;
import cn.ybjg.bench.Loaded.S;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An independent, deliberately naive reading of the eight rules of contract section 3 over the generated files
 * (all pairs, no indexes). Each fired flag is "RULE|severity|personId|institutionCode|settlementId".
 */
final class RuleChecker {
    private final Loaded data;
    private final LocalDate now;
    final List<String> fired = new ArrayList<>();
    /** cost / benchmark of every inpatient settlement that has a benchmark, by settlementId. */
    final Map<String, Double> ratios = new TreeMap<>();

    RuleChecker(Loaded data, LocalDate now) {
        this.data = data;
        this.now = now;
    }

    List<String> run() {
        duplicateEnrollment();
        deceased();
        drgOutlier();
        readmission();
        overlap();
        duplicateSettlement();
        gender();
        notEnrolled();
        fired.sort(Comparator.naturalOrder());
        return fired;
    }

    private void settlementFlag(String rule, String severity, S s) {
        fired.add(rule + "|" + severity + "|" + s.personId() + "|" + s.inst() + "|" + s.id());
    }

    private void personFlag(String rule, String severity, String personId) {
        fired.add(rule + "|" + severity + "|" + personId + "|null|null");
    }

    private static LocalDate end(E e) {
        return e.end() == null ? LocalDate.MAX : e.end();
    }

    void duplicateEnrollment() {
        List<E> es = data.enrollments();
        for (int i = 0; i < es.size(); i++) {
            for (int j = i + 1; j < es.size(); j++) {
                E a = es.get(i), b = es.get(j);
                if (!a.idNumber().equals(b.idNumber()) || a.status().equals("SUSPENDED")
                        || b.status().equals("SUSPENDED")) {
                    continue;
                }
                boolean twoSchemes = !a.type().equals(b.type()) && basic(a.type()) && basic(b.type());
                boolean twoRegions = a.type().equals(b.type()) && !a.region().equals(b.region());
                LocalDate from = a.start().isAfter(b.start()) ? a.start() : b.start();
                LocalDate to = end(a).isBefore(end(b)) ? end(a) : end(b);
                if ((twoSchemes || twoRegions) && !from.isAfter(to)) {
                    personFlag("DUPLICATE_ENROLLMENT", "null", a.personId());
                }
            }
        }
    }

    private static boolean basic(String type) {
        return type.equals("310") || type.equals("390");
    }

    void deceased() {
        Map<String, LocalDate> deaths = data.deaths().stream().collect(Collectors.toMap(D::idNumber, D::date));
        for (S s : data.settlements()) {
            LocalDate death = deaths.get(s.idNumber());
            if (death != null && s.admission().isAfter(death)) {
                settlementFlag("DECEASED_ACTIVE", "DEFINITE", s);
            }
        }
        data.enrollments().stream().filter(e -> {
            LocalDate death = deaths.get(e.idNumber());
            return death != null && e.status().equals("ACTIVE") && end(e).isAfter(death)
                    && now.isAfter(death.plusDays(30));
        }).map(E::personId).distinct().forEach(p -> personFlag("DECEASED_ACTIVE", "SUSPICIOUS", p));
    }

    void drgOutlier() {
        List<S> grouped = data.settlements().stream().filter(s -> s.inpatient() && s.drg() != null).toList();
        for (S s : grouped) {
            Double benchmark = benchmark(grouped, s.region(), s.drg(), s.settled());
            if (benchmark == null) {
                continue;
            }
            List<Double> all = grouped.stream().map(S::drg).distinct()
                    .map(g -> benchmark(grouped, s.region(), g, s.settled())).filter(b -> b != null).sorted().toList();
            int rank = all.indexOf(benchmark);
            double high = rank < all.size() / 3.0 ? 3.0 : rank < 2 * all.size() / 3.0 ? 2.0 : 1.5;
            double ratio = s.total().doubleValue() / benchmark;
            ratios.put(s.id(), ratio);
            if (ratio >= high || ratio <= 0.4) {
                settlementFlag("DRG_COST_OUTLIER", "null", s);
            }
        }
    }

    private static Double benchmark(List<S> grouped, String region, String drg, LocalDate day) {
        List<BigDecimal> costs = grouped.stream().filter(o -> o.region().equals(region) && o.drg().equals(drg)
                        && !o.settled().isAfter(day) && !o.settled().isBefore(day.minusDays(365)))
                .map(S::total).sorted().toList();
        if (costs.size() < 30) {
            return null;
        }
        int trim = costs.size() / 10;
        List<BigDecimal> kept = costs.subList(trim, costs.size() - trim);
        return kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(kept.size()), 2, RoundingMode.HALF_UP).doubleValue();
    }

    void readmission() {
        for (S later : data.settlements()) {
            for (S earlier : data.settlements()) {
                if (later != earlier && later.inpatient() && earlier.inpatient()
                        && later.personId().equals(earlier.personId()) && later.inst().equals(earlier.inst())
                        && later.diagnosis().substring(0, 3).equals(earlier.diagnosis().substring(0, 3))) {
                    long gap = ChronoUnit.DAYS.between(earlier.discharge(), later.admission());
                    if (gap >= 0 && gap <= 15) {
                        settlementFlag("READMISSION_15D", "null", later);
                        break;
                    }
                }
            }
        }
    }

    void overlap() {
        for (S s : data.settlements()) {
            for (S stay : data.settlements()) {
                if (s == stay || !stay.inpatient() || !s.personId().equals(stay.personId())
                        || s.inst().equals(stay.inst())) {
                    continue;
                }
                boolean fires;
                if (s.inpatient()) {
                    LocalDate from = s.admission().isAfter(stay.admission()) ? s.admission() : stay.admission();
                    LocalDate to = s.discharge().isBefore(stay.discharge()) ? s.discharge() : stay.discharge();
                    boolean sIsLater = s.admission().isAfter(stay.admission())
                            || s.admission().equals(stay.admission()) && s.id().compareTo(stay.id()) > 0;
                    fires = ChronoUnit.DAYS.between(from, to) >= 1 && sIsLater;
                } else {
                    fires = s.admission().isAfter(stay.admission()) && s.admission().isBefore(stay.discharge());
                }
                if (fires) {
                    settlementFlag("OVERLAPPING_STAY", "null", s);
                    break;
                }
            }
        }
    }

    void duplicateSettlement() {
        Map<String, List<S>> twins = new HashMap<>();
        for (S s : data.settlements()) {
            twins.computeIfAbsent(s.personId() + s.inst() + s.admission() + s.discharge() + s.medicalType()
                    + s.total().stripTrailingZeros().toPlainString(), k -> new ArrayList<>()).add(s);
        }
        twins.values().stream().filter(l -> l.size() > 1).forEach(l -> l.stream()
                .sorted(Comparator.comparing(S::id)).skip(1).forEach(s -> settlementFlag("DUPLICATE_SETTLEMENT", "null", s)));
    }

    void gender() {
        for (S s : data.settlements()) {
            String category = s.diagnosis().substring(0, 3);
            char letter = category.charAt(0);
            int number = Character.isDigit(category.charAt(2)) ? Integer.parseInt(category.substring(1)) : -1;
            boolean femaleOnly = letter == 'O' || letter == 'C' && number >= 51 && number <= 58
                    || letter == 'N' && number >= 70 && number <= 98;
            boolean maleOnly = letter == 'C' && number >= 60 && number <= 63 || letter == 'N' && number >= 40 && number <= 51;
            if (femaleOnly && s.gender().equals("1") || maleOnly && s.gender().equals("2")) {
                settlementFlag("GENDER_MISMATCH", "null", s);
            }
        }
    }

    void notEnrolled() {
        Function<S, Boolean> covered = s -> data.enrollments().stream().anyMatch(e -> e.idNumber().equals(s.idNumber())
                && e.type().equals(s.type()) && e.region().equals(s.region()) && !e.status().equals("SUSPENDED")
                && !s.admission().isBefore(e.start()) && !s.admission().isAfter(end(e)));
        data.settlements().stream().filter(s -> !covered.apply(s)).forEach(s -> settlementFlag("NOT_ENROLLED", "null", s));
    }
}
