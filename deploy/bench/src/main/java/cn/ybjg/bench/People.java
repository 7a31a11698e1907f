package cn.ybjg.bench;

import java.time.LocalDate;
import java.util.Set;

/** Creates persons with unique, valid ID numbers whose division, birth date and gender digit are consistent. */
final class People {
    private final Ids ids;
    private final Rng rng;
    private final Set<String> usedIdNumbers;

    /** @param usedIdNumbers ID numbers no new person may get (and that every new one is added to) */
    People(Ids ids, Rng rng, Set<String> usedIdNumbers) {
        this.ids = ids;
        this.rng = rng;
        this.usedIdNumbers = usedIdNumbers;
    }

    /** gender null = either; age in whole years on refDay. */
    Person create(Region region, String gender, int minAge, int maxAge, LocalDate refDay) {
        String g = gender != null ? gender : rng.chance(0.5) ? "1" : "2";
        int age = rng.between(minAge, maxAge);
        LocalDate birth = rng.date(refDay.minusYears(age + 1L).plusDays(1), refDay.minusYears(age));
        String division = rng.pick(region.divisions());
        String idNumber;
        do {
            int sequence = rng.between(0, 499) * 2 + ("1".equals(g) ? 1 : 0);
            idNumber = IdNumbers.make(division, birth, sequence);
        } while (!usedIdNumbers.add(idNumber));
        return new Person(ids.nextPerson(), idNumber, g, birth, region);
    }

    /** An age drawn from a prefecture's age pyramid. */
    int age() {
        double u = rng.uniform(0, 1);
        return u < 0.15 ? rng.between(1, 17) : u < 0.50 ? rng.between(18, 44) : u < 0.75 ? rng.between(45, 59)
                : u < 0.92 ? rng.between(60, 74) : rng.between(75, 95);
    }

    Person create(Region region, LocalDate refDay) {
        int age = age();
        return create(region, null, age, age, refDay);
    }
}
