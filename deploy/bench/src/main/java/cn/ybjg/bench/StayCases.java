package cn.ybjg.bench;

import java.time.LocalDate;
import java.util.List;

/** Planted settlement-level cases: READMISSION_15D, OVERLAPPING_STAY, DUPLICATE_SETTLEMENT, GENDER_MISMATCH. */
final class StayCases {
    private final CaseKit kit;

    StayCases(CaseKit kit) {
        this.kit = kit;
    }

    /** Same institution, same 3-character category, admitted 0..15 days after the discharge (0 and 15 included). */
    void readmission(int variant) {
        Person p = kit.person(null, 45, 85);
        String scheme = kit.scheme(p);
        kit.enroll(p, scheme);
        DrgGroup group = kit.rng.pick(kit.groupsFor(p, true));
        String institution = kit.institution(p);
        Settlement first = kit.add(kit.factory.inpatient(p, scheme, institution,
                kit.between(kit.day(2, 1), kit.day(8, 31)), group));
        int gap = switch (variant % 3) {
            case 0 -> 0;
            case 1 -> 15;
            default -> kit.rng.between(1, 14);
        };
        String category = first.primaryDiagnosis().substring(0, 3);
        List<String> same = group.diagnoses().stream().filter(d -> d.startsWith(category)).toList();
        Settlement later = kit.add(kit.factory.inpatient(p, scheme, institution,
                first.dischargeDate().plusDays(gap), kit.factory.nights(group), group, kit.rng.pick(same), null));
        kit.truth("READMISSION_15D", later);
    }

    /** variant 0: two stays at different institutions sharing at least one night; 1: a visit inside a stay elsewhere. */
    void overlap(int variant) {
        Person p = kit.person(null, 45, 85);
        String scheme = kit.scheme(p);
        kit.enroll(p, scheme);
        List<DrgGroup> groups = kit.groupsFor(p, true).stream().filter(g -> g.maxStay() >= 4).toList();
        DrgGroup group = kit.rng.pick(groups);
        String first = kit.institution(p);
        String second = kit.institutions.other(first, kit.rng);
        int nights = Math.max(3, kit.factory.nights(group));
        Settlement stay = kit.add(kit.factory.inpatient(p, scheme, first, kit.between(kit.day(2, 1), kit.day(8, 31)),
                nights, group, kit.rng.pick(group.diagnoses()), null));
        LocalDate inside = stay.admissionDate().plusDays(kit.rng.between(1, nights - 1));
        Settlement later;
        if (variant % 2 == 0) {
            DrgGroup other = kit.rng.pick(kit.groupsFor(p, true));
            later = kit.factory.inpatient(p, scheme, second, inside, Math.max(2, kit.factory.nights(other)), other,
                    kit.rng.pick(other.diagnoses()), null);
        } else {
            later = kit.factory.outpatient(p, scheme, second, inside, "11");
        }
        kit.truth("OVERLAPPING_STAY", kit.add(later));
    }

    /** The same visit or stay submitted twice under two settlementIds; the later id is the flagged twin. */
    void duplicate(int variant) {
        Person p = kit.person(null, 30, 80);
        String scheme = kit.scheme(p);
        kit.enroll(p, scheme);
        LocalDate day = kit.between(kit.day(1, 10), kit.day(11, 30));
        Settlement original = variant % 2 == 0
                ? kit.add(kit.factory.outpatient(p, scheme, kit.institution(p), day, "11"))
                : kit.add(kit.factory.inpatient(p, scheme, kit.institution(p), day, kit.rng.pick(kit.groupsFor(p, true))));
        kit.truth("DUPLICATE_SETTLEMENT", kit.add(kit.factory.twin(original)));
    }

    /** A female-only diagnosis for a man or a male-only one for a woman, outpatient or inpatient. */
    void genderMismatch(int variant) {
        LocalDate day = kit.between(kit.day(1, 10), kit.day(11, 30));
        Settlement s;
        switch (variant % 4) {
            case 0 -> {
                Person p = enrolled("1", 25, 40);
                s = kit.factory.inpatient(p, "390", kit.institution(p), day, DrgGroup.byCode("OC19"));
            }
            case 1 -> {
                Person p = enrolled("2", 30, 70);
                s = kit.factory.outpatient(p, "390", kit.institution(p), day, "11", "N41.100");
            }
            case 2 -> {
                Person p = enrolled("1", 30, 70);
                s = kit.factory.outpatient(p, "390", kit.institution(p), day, "11", "N76.000");
            }
            default -> {
                Person p = enrolled("2", 60, 80);
                s = kit.factory.outpatient(p, "390", kit.institution(p), day, "14", "C61.x00");
            }
        }
        kit.truth("GENDER_MISMATCH", kit.add(s));
    }

    private Person enrolled(String gender, int minAge, int maxAge) {
        Person p = kit.person(gender, minAge, maxAge);
        kit.enroll(p, "390");
        return p;
    }
}
