package cn.ybjg.bench;

import java.util.List;

/**
 * A CHS-DRG-like group with its typical primary diagnoses (ICD-10 医保版), procedure, mean cost (yuan, 郴州 level),
 * length of stay and who can be in it. gender null = either.
 */
record DrgGroup(String code, String name, List<String> diagnoses, String procedure, long meanCostYuan,
                int minStay, int maxStay, String gender, int minAge, int maxAge, int weight) {

    static final List<DrgGroup> ALL = List.of(
            new DrgGroup("ES29", "呼吸系统感染/炎症", List.of("J18.900", "J18.000", "J15.900"), null, 7_800, 5, 10, null, 1, 100, 22),
            new DrgGroup("ET29", "慢性气道阻塞病", List.of("J44.100", "J44.900"), null, 9_500, 6, 12, null, 45, 100, 10),
            new DrgGroup("BR29", "脑缺血性疾患", List.of("I63.900", "I63.500"), null, 12_500, 7, 14, null, 45, 100, 12),
            new DrgGroup("FM19", "经皮冠状动脉支架植入", List.of("I21.000", "I20.000"), "36.0601", 43_000, 4, 9, null, 40, 100, 6),
            new DrgGroup("FR29", "心力衰竭", List.of("I50.000", "I50.900"), null, 11_000, 6, 12, null, 50, 100, 8),
            new DrgGroup("GD19", "阑尾切除术", List.of("K35.800", "K35.200"), "47.0100", 9_800, 3, 7, null, 8, 80, 5),
            new DrgGroup("GB29", "胃、食管、十二指肠大手术", List.of("C16.900", "C16.300"), "43.7x00", 72_000, 12, 20, null, 40, 90, 2),
            new DrgGroup("HC39", "胆囊切除术", List.of("K80.200", "K80.100"), "51.2300", 14_500, 4, 8, null, 25, 90, 6),
            new DrgGroup("IC29", "髋、膝关节置换术", List.of("M17.900", "M16.900"), "81.5400", 58_000, 9, 16, null, 50, 90, 3),
            new DrgGroup("KS19", "糖尿病", List.of("E11.900", "E11.600"), null, 6_800, 5, 10, null, 30, 100, 7),
            new DrgGroup("LR19", "肾功能衰竭", List.of("N18.500", "N17.900"), null, 13_000, 6, 12, null, 30, 100, 4),
            new DrgGroup("OC19", "阴道分娩", List.of("O80.000"), "73.5900", 4_800, 2, 4, "2", 20, 42, 6),
            new DrgGroup("OB29", "剖宫产术", List.of("O82.000", "O34.200"), "74.1x00", 8_600, 4, 7, "2", 20, 45, 5),
            new DrgGroup("MB19", "前列腺经尿道手术", List.of("N40.x00"), "60.2900", 16_000, 5, 9, "1", 55, 95, 3),
            new DrgGroup("NA19", "女性生殖器官恶性肿瘤手术", List.of("C53.900", "C54.100"), "68.6100", 42_000, 10, 16, "2", 35, 80, 2));

    static DrgGroup byCode(String code) {
        return ALL.stream().filter(g -> g.code.equals(code)).findFirst().orElseThrow();
    }

    boolean fits(Person p, java.time.LocalDate day) {
        int age = p.ageOn(day);
        return (gender == null || gender.equals(p.gender())) && age >= minAge && age <= maxAge;
    }

    /** Mean cost of the group in a region, in fen. */
    long meanFen(Region region) {
        return Math.round(meanCostYuan * 100 * region.costFactor());
    }
}
