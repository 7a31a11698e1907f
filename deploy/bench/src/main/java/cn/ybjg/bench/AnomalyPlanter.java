package cn.ybjg.bench;

/** Spreads the planted cases over the eight rules (every rule at least once when the rate is above 0). */
final class AnomalyPlanter {
    static final int RULES = 8;
    private final PersonCases persons;
    private final StayCases stays;
    private final OutlierPlanter outliers;
    private final NearMisses nearMisses;

    AnomalyPlanter(CaseKit kit) {
        this.persons = new PersonCases(kit);
        this.stays = new StayCases(kit);
        this.outliers = new OutlierPlanter(kit);
        this.nearMisses = new NearMisses(kit);
    }

    /** Cases per rule for a target of planted anomalies among that many settlements. */
    static int perRule(double rate, int settlements) {
        return rate <= 0 ? 0 : Math.max(2, (int) Math.round(rate * settlements / RULES));
    }

    void plantAll(int perRule) {
        for (int i = 0; i < perRule; i++) {
            persons.duplicateEnrollment(i);
            if (i % 2 == 0) {
                persons.deceasedSettlement();
            } else {
                persons.deceasedEnrollment();
            }
            persons.notEnrolled(i);
            stays.readmission(i);
            stays.overlap(i);
            stays.duplicate(i);
            stays.genderMismatch(i);
        }
        outliers.plant(perRule);
    }

    void plantNearMisses(int count) {
        for (int i = 0; i < count; i++) {
            nearMisses.plant(i);
        }
    }
}
