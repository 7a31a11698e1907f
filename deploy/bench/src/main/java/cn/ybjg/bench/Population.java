package cn.ybjg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The clean background: persons enrolled once, the deceased closed at death, settlements only inside
 * coverage and before death, laid out on a {@link Timeline} so no rule can fire.
 */
final class Population {
    private static final List<String> DEATH_SOURCES = List.of("CIVIL_AFFAIRS", "PUBLIC_SECURITY", "HOSPITAL");
    private final Dataset data;
    private final People people;
    private final SettlementFactory factory;
    private final Institutions institutions;
    private final Rng rng;

    Population(Dataset data, People people, SettlementFactory factory, Institutions institutions, Rng rng) {
        this.data = data;
        this.people = people;
        this.factory = factory;
        this.institutions = institutions;
        this.rng = rng;
    }

    void build(int persons, int settlements) {
        LocalDate mid = LocalDate.of(data.year, 7, 1);
        List<Person> created = new ArrayList<>();
        double weightSum = 0;
        for (int i = 0; i < persons; i++) {
            Person p = people.create(data.region, mid);
            created.add(p);
            weightSum += weight(p, mid);
        }
        double perWeight = persons == 0 ? 0 : settlements / weightSum;
        for (Person p : created) {
            enrollAndLive(p, rng.poisson(perWeight * weight(p, mid)));
        }
    }

    private static double weight(Person p, LocalDate day) {
        int age = p.ageOn(day);
        return age >= 60 ? 1.6 : age >= 45 ? 1.1 : 0.8;
    }

    private void enrollAndLive(Person p, int count) {
        LocalDate mid = LocalDate.of(data.year, 7, 1);
        int age = p.ageOn(mid);
        String scheme = age >= 22 && age < 65 && rng.chance(0.45) || age >= 65 && rng.chance(0.3) ? "310" : "390";
        LocalDate start = rng.chance(0.08) ? rng.date(data.firstDay(), LocalDate.of(data.year, 9, 30))
                : rng.date(LocalDate.of(2012, 1, 1), data.firstDay().minusDays(1));
        if (start.isBefore(p.birthDate().plusDays(30))) {
            start = p.birthDate().plusDays(30);
        }
        double mortality = age >= 75 ? 0.05 : age >= 60 ? 0.012 : 0.002;
        LocalDate death = rng.chance(mortality) ? rng.date(data.firstDay().plusDays(14), data.lastDay()) : null;
        data.persons.add(p);
        if (death != null && death.isBefore(start)) {
            death = null;
        }
        if (death == null) {
            data.enrollments.add(new Enrollment(p, scheme, data.region.code(), start, null, "ACTIVE"));
        } else {
            data.enrollments.add(new Enrollment(p, scheme, data.region.code(), start, death, "TERMINATED"));
            data.deaths.add(new Death(p, death, rng.pick(DEATH_SOURCES)));
        }
        LocalDate from = start.isAfter(data.firstDay()) ? start : data.firstDay();
        LocalDate to = death != null ? death : data.lastDay();
        live(p, scheme, new Timeline(from, to), count, from, to);
    }

    private void live(Person p, String scheme, Timeline timeline, int count, LocalDate from, LocalDate to) {
        boolean chronic = p.ageOn(from) >= 40 && rng.chance(0.3);
        double inpatientShare = p.ageOn(from) >= 60 ? 0.28 : 0.12;
        List<DrgGroup> groups = DrgGroup.ALL.stream().filter(g -> g.fits(p, from) && g.fits(p, to)).toList();
        for (int i = 0; i < count; i++) {
            if (!groups.isEmpty() && rng.chance(inpatientShare)) {
                DrgGroup group = Weighted.pick(groups, DrgGroup::weight, rng);
                int nights = factory.nights(group);
                LocalDate a = timeline.placeStay(nights, rng);
                if (a != null) {
                    data.settlements.add(factory.inpatient(p, scheme, institutions.pickFor(p, rng), a, nights,
                            group, rng.pick(group.diagnoses()), null));
                }
                continue;
            }
            LocalDate v = timeline.placeVisit(rng);
            if (v != null) {
                String type = chronic && rng.chance(0.6) ? "14" : "11";
                if (!Outpatient.forPerson(p, v, type).isEmpty()) {
                    data.settlements.add(factory.outpatient(p, scheme, institutions.pickFor(p, rng), v, type));
                }
            }
        }
    }
}
