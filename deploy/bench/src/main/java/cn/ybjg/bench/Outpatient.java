package cn.ybjg.bench;

import java.util.List;

/** Outpatient diagnoses: 普通门诊 (11) and 门诊慢特病 (14). gender null = either; minAge for adult-only ones. */
record Outpatient(String code, String medicalType, String gender, int minAge) {
    static final List<Outpatient> ALL = List.of(
            new Outpatient("J06.900", "11", null, 0),
            new Outpatient("J20.900", "11", null, 0),
            new Outpatient("K29.700", "11", null, 16),
            new Outpatient("M54.500", "11", null, 30),
            new Outpatient("H10.900", "11", null, 0),
            new Outpatient("N39.000", "11", null, 16),   // just outside N40-N51 and N70-N98: either gender
            new Outpatient("N76.000", "11", "2", 16),    // female-only range N70-N98
            new Outpatient("N41.100", "11", "1", 20),    // male-only range N40-N51
            new Outpatient("I10.x00", "14", null, 35),
            new Outpatient("E11.900", "14", null, 30),
            new Outpatient("N18.500", "14", null, 30),
            new Outpatient("I25.103", "14", null, 45),
            new Outpatient("J44.900", "14", null, 45),
            new Outpatient("C50.900", "14", null, 35));  // breast: not in C51-C58, so either gender

    static List<Outpatient> forPerson(Person p, java.time.LocalDate day, String medicalType) {
        int age = p.ageOn(day);
        return ALL.stream().filter(o -> o.medicalType.equals(medicalType) && age >= o.minAge
                && (o.gender == null || o.gender.equals(p.gender()))).toList();
    }
}
