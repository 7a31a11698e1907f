package cn.ybjg.bench;

import java.time.LocalDate;
import java.util.List;

/** Shared tools of the planted and near-miss cases: each case gets fresh persons, so cases never interact. */
final class CaseKit {
    final Dataset data;
    final People people;
    final SettlementFactory factory;
    final Institutions institutions;
    final Rng rng;

    CaseKit(Dataset data, People people, SettlementFactory factory, Institutions institutions, Rng rng) {
        this.data = data;
        this.people = people;
        this.factory = factory;
        this.institutions = institutions;
        this.rng = rng;
    }

    Person person(String gender, int minAge, int maxAge) {
        Person p = people.create(data.region, gender, minAge, maxAge, day(7, 1));
        data.persons.add(p);
        return p;
    }

    String scheme(Person p) {
        return rng.chance(0.4) ? "310" : "390";
    }

    /** A long-standing open enrollment of the person in this region. */
    Enrollment enroll(Person p, String scheme) {
        return enroll(p, scheme, data.region.code(), LocalDate.of(data.year - 5, 1, 1), null, "ACTIVE");
    }

    Enrollment enroll(Person p, String scheme, String region, LocalDate start, LocalDate end, String status) {
        Enrollment e = new Enrollment(p, scheme, region, start, end, status);
        data.enrollments.add(e);
        return e;
    }

    LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(data.year, month, dayOfMonth);
    }

    LocalDate between(LocalDate from, LocalDate to) {
        return rng.date(from, to);
    }

    String institution(Person p) {
        return institutions.pickFor(p, rng);
    }

    Settlement add(Settlement s) {
        data.settlements.add(s);
        return s;
    }

    Settlement visit(Person p, String scheme, LocalDate day) {
        return add(factory.outpatient(p, scheme, institution(p), day, "11"));
    }

    /** Groups a person can be in for the whole year, gender-neutral ones only when neutral is set. */
    List<DrgGroup> groupsFor(Person p, boolean neutral) {
        return DrgGroup.ALL.stream().filter(g -> g.fits(p, day(1, 1)) && g.fits(p, day(12, 31))
                && (!neutral || g.gender() == null)).toList();
    }

    void truth(String rule, Settlement s) {
        data.truth.add(TruthFlag.of(rule, s));
    }
}
