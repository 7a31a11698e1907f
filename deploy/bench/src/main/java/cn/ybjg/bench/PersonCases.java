package cn.ybjg.bench;

import java.time.LocalDate;
import java.util.List;

/** Planted person-level cases: DUPLICATE_ENROLLMENT, DECEASED_ACTIVE (both variants), NOT_ENROLLED. */
final class PersonCases {
    private static final List<String> SOURCES = List.of("CIVIL_AFFAIRS", "PUBLIC_SECURITY", "HOSPITAL");
    private final CaseKit kit;

    PersonCases(CaseKit kit) {
        this.kit = kit;
    }

    /** variant 0: 居民 and 职工 at once in the region; variant 1: 居民 in two regions. Neither SUSPENDED. */
    void duplicateEnrollment(int variant) {
        Person p = kit.person(null, 25, 60);
        kit.enroll(p, "390", kit.data.region.code(), LocalDate.of(kit.data.year - 4, 1, 1), null, "ACTIVE");
        LocalDate start = kit.between(kit.day(3, 1), kit.day(9, 30));
        if (variant % 2 == 0) {
            kit.enroll(p, "310", kit.data.region.code(), start, null, "ACTIVE");
        } else {
            kit.enroll(p, "390", kit.data.region.other().code(), start, null, "ACTIVE");
        }
        kit.visit(p, "390", kit.between(kit.day(1, 2), start.minusDays(1)));
        kit.data.truth.add(TruthFlag.person("DUPLICATE_ENROLLMENT", null, p));
    }

    /** A settlement admitted after the death, inside an enrollment the registry closed too late (TERMINATED). */
    void deceasedSettlement() {
        Person p = kit.person(null, 60, 90);
        String scheme = kit.scheme(p);
        LocalDate death = kit.between(kit.day(2, 1), kit.day(6, 30));
        kit.enroll(p, scheme, kit.data.region.code(), LocalDate.of(kit.data.year - 6, 1, 1), death.plusDays(90),
                "TERMINATED");
        kit.data.deaths.add(new Death(p, death, kit.rng.pick(SOURCES)));
        kit.visit(p, scheme, kit.between(kit.day(1, 2), death.minusDays(1)));
        Settlement after = kit.visit(p, scheme, death.plusDays(kit.rng.between(1, 40)));
        kit.data.truth.add(new TruthFlag("DECEASED_ACTIVE", "DEFINITE", p.personId(), after.institutionCode(),
                after.settlementId()));
    }

    /** Dead for months, enrollment still ACTIVE and open: the person-level SUSPICIOUS flag. */
    void deceasedEnrollment() {
        Person p = kit.person(null, 60, 90);
        String scheme = kit.scheme(p);
        LocalDate death = kit.between(kit.day(2, 1), kit.day(6, 30));
        kit.enroll(p, scheme);
        kit.data.deaths.add(new Death(p, death, kit.rng.pick(SOURCES)));
        kit.visit(p, scheme, kit.between(kit.day(1, 2), death.minusDays(1)));
        kit.data.truth.add(TruthFlag.person("DECEASED_ACTIVE", "SUSPICIOUS", p));
    }

    /** 0: before a mid-year start; 1: after a TERMINATED end; 2: only SUSPENDED; 3: settled in the other scheme. */
    void notEnrolled(int variant) {
        Person p = kit.person(null, 20, 80);
        String region = kit.data.region.code();
        LocalDate day;
        String scheme = "390";
        switch (variant % 4) {
            case 0 -> {
                LocalDate start = kit.between(kit.day(4, 1), kit.day(9, 30));
                kit.enroll(p, scheme, region, start, null, "ACTIVE");
                kit.visit(p, scheme, kit.between(start, kit.day(12, 31)));
                day = kit.between(kit.day(1, 2), start.minusDays(1));
            }
            case 1 -> {
                LocalDate end = kit.between(kit.day(3, 1), kit.day(8, 31));
                kit.enroll(p, scheme, region, LocalDate.of(kit.data.year - 3, 1, 1), end, "TERMINATED");
                kit.visit(p, scheme, kit.between(kit.day(1, 2), end));
                day = end.plusDays(kit.rng.between(1, 90));
            }
            case 2 -> {
                kit.enroll(p, scheme, region, LocalDate.of(kit.data.year - 2, 1, 1), null, "SUSPENDED");
                day = kit.between(kit.day(1, 2), kit.day(12, 31));
            }
            default -> {
                kit.enroll(p, scheme);
                kit.visit(p, scheme, kit.between(kit.day(1, 2), kit.day(6, 30)));
                scheme = "310";
                day = kit.between(kit.day(7, 1), kit.day(12, 31));
            }
        }
        kit.truth("NOT_ENROLLED", kit.visit(p, scheme, day));
    }
}
