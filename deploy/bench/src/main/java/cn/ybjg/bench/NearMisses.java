package cn.ybjg.bench;

import java.time.LocalDate;

/**
 * Clean cases right next to a rule's boundary; none may raise a flag. They catch rules that fire too eagerly:
 * a SUSPENDED overlap, a scheme switch without overlap, a readmission on day 16, a readmission in another
 * diagnosis category, a same-day transfer, a visit on the discharge day elsewhere, a settlement on the day of
 * death, two different visits on one day.
 */
final class NearMisses {
    static final int KINDS = 8;
    private final CaseKit kit;

    NearMisses(CaseKit kit) {
        this.kit = kit;
    }

    void plant(int kind) {
        kit.data.nearMisses++;
        switch (kind % KINDS) {
            case 0 -> suspendedOverlap();
            case 1 -> schemeSwitch();
            case 2 -> secondStay(16, true, false);
            case 3 -> secondStay(kit.rng.between(0, 15), false, false);
            case 4 -> secondStay(0, true, true);
            case 5 -> visitOnStayBoundary();
            case 6 -> settledOnDeathDay();
            default -> twoVisitsOneDay();
        }
    }

    private void suspendedOverlap() {
        Person p = kit.person(null, 25, 60);
        kit.enroll(p, "390");
        kit.enroll(p, "310", kit.data.region.code(), kit.between(kit.day(2, 1), kit.day(6, 30)), null, "SUSPENDED");
        kit.visit(p, "390", kit.between(kit.day(7, 1), kit.day(12, 31)));
    }

    private void schemeSwitch() {
        Person p = kit.person(null, 25, 60);
        LocalDate start = kit.between(kit.day(3, 1), kit.day(9, 30));
        String region = kit.data.region.code();
        kit.enroll(p, "390", region, LocalDate.of(kit.data.year - 3, 1, 1), start.minusDays(1), "TERMINATED");
        kit.enroll(p, "310", region, start, null, "ACTIVE");
        kit.visit(p, "390", start.minusDays(1));
        kit.visit(p, "310", start);
    }

    /** A second stay `gap` days after the first discharge; same group or a group of another category. */
    private void secondStay(int gap, boolean sameGroup, boolean otherInstitution) {
        Person p = kit.person(null, 45, 85);
        String scheme = kit.scheme(p);
        kit.enroll(p, scheme);
        DrgGroup group = DrgGroup.byCode("ES29");
        String institution = kit.institution(p);
        Settlement first = kit.add(kit.factory.inpatient(p, scheme, institution,
                kit.between(kit.day(2, 1), kit.day(8, 31)), group));
        DrgGroup second = sameGroup ? group : DrgGroup.byCode("KS19");
        String where = otherInstitution ? kit.institutions.other(institution, kit.rng) : institution;
        kit.add(kit.factory.inpatient(p, scheme, where, first.dischargeDate().plusDays(gap), second));
    }

    private void visitOnStayBoundary() {
        Person p = kit.person(null, 45, 85);
        String scheme = kit.scheme(p);
        kit.enroll(p, scheme);
        Settlement stay = kit.add(kit.factory.inpatient(p, scheme, kit.institution(p),
                kit.between(kit.day(2, 1), kit.day(8, 31)), DrgGroup.byCode("BR29")));
        String other = kit.institutions.other(stay.institutionCode(), kit.rng);
        LocalDate day = kit.rng.chance(0.5) ? stay.admissionDate() : stay.dischargeDate();
        kit.add(kit.factory.outpatient(p, scheme, other, day, "11"));
    }

    private void settledOnDeathDay() {
        Person p = kit.person(null, 70, 95);
        String scheme = kit.scheme(p);
        LocalDate death = kit.between(kit.day(2, 1), kit.day(11, 30));
        kit.enroll(p, scheme, kit.data.region.code(), LocalDate.of(kit.data.year - 8, 1, 1), death, "TERMINATED");
        kit.data.deaths.add(new Death(p, death, "HOSPITAL"));
        kit.visit(p, scheme, death);
    }

    private void twoVisitsOneDay() {
        Person p = kit.person(null, 30, 70);
        String scheme = kit.scheme(p);
        kit.enroll(p, scheme);
        LocalDate day = kit.between(kit.day(1, 10), kit.day(11, 30));
        String institution = kit.institution(p);
        Settlement a = kit.add(kit.factory.outpatient(p, scheme, institution, day, "11"));
        Settlement b;
        do {
            b = kit.factory.outpatient(p, scheme, institution, day, "11");
        } while (b.payment().total() == a.payment().total());
        kit.add(b);
    }
}
