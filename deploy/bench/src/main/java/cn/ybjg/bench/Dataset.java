package cn.ybjg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Everything one run generates, plus the ground truth of what was planted. */
final class Dataset {
    final Region region;
    final int year;
    final String prefix;
    final List<Person> persons = new ArrayList<>();
    final List<Enrollment> enrollments = new ArrayList<>();
    final List<Death> deaths = new ArrayList<>();
    final List<Settlement> settlements = new ArrayList<>();
    final List<TruthFlag> truth = new ArrayList<>();
    /** Settlements loaded in a second phase (the planted DRG outliers need their group's history first). */
    final Set<String> late = new HashSet<>();
    int nearMisses;

    Dataset(Region region, int year, String prefix) {
        this.region = region;
        this.year = year;
        this.prefix = prefix;
    }

    LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }
}
