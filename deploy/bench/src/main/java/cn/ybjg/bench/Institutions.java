package cn.ybjg.bench;

import java.util.ArrayList;
import java.util.List;

/** 定点医疗机构 of a region: `H` + 6-digit division + 5 digits; city districts have more hospitals. */
final class Institutions {
    private final List<String> all = new ArrayList<>();
    private final Region region;

    Institutions(Region region) {
        this.region = region;
        for (int d = 0; d < region.divisions().size(); d++) {
            String division = region.divisions().get(d);
            int count = d < 2 ? 3 : 1;
            for (int i = 0; i < count; i++) {
                all.add(String.format("H%s%05d", division, 101 + 17 * i + d));
            }
        }
    }

    List<String> all() {
        return all;
    }

    /** Mostly a hospital of the person's own division, else any in the region. */
    String pickFor(Person person, Rng rng) {
        List<String> home = all.stream().filter(c -> c.substring(1, 7).equals(person.division())).toList();
        return !home.isEmpty() && rng.chance(0.6) ? rng.pick(home) : rng.pick(all);
    }

    /** Any hospital of the region other than the given one. */
    String other(String institution, Rng rng) {
        List<String> others = all.stream().filter(c -> !c.equals(institution)).toList();
        return rng.pick(others);
    }

    Region region() {
        return region;
    }
}
