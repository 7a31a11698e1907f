package cn.ybjg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds single settlements with realistic codes, costs and payment parts. */
final class SettlementFactory {
    /** Clean inpatient costs stay within this band around the group mean: never a DRG outlier in any tier. */
    static final double CLEAN_LOW = 0.82, CLEAN_HIGH = 1.18;

    private final Ids ids;
    private final Rng rng;

    SettlementFactory(Ids ids, Rng rng) {
        this.ids = ids;
        this.rng = rng;
    }

    double cleanMultiplier() {
        return Math.max(CLEAN_LOW, Math.min(CLEAN_HIGH, Math.exp(0.09 * rng.gaussian())));
    }

    /** An inpatient stay of the group; multiplier null draws a clean cost. */
    Settlement inpatient(Person p, String insuranceType, String institution, LocalDate admission, int nights,
                         DrgGroup group, String diagnosis, Double multiplier) {
        double m = multiplier == null ? cleanMultiplier() : multiplier;
        long total = Math.round(group.meanFen(p.region()) * m);
        LocalDate discharge = admission.plusDays(nights);
        double u = rng.uniform(0, 1);
        String method = u < 0.62 ? "DRG" : u < 0.75 ? "DIP" : "ITEM";
        return new Settlement(ids.nextSettlement(), institution, p.region().code(), p, insuranceType, "21",
                admission, discharge, discharge.atTime(rng.between(9, 17), rng.between(0, 59)), diagnosis,
                secondaries(p, admission, diagnosis),
                group.procedure() == null ? List.of() : List.of(group.procedure()), group.code(), method,
                PaymentSplitter.inpatient(total, insuranceType, rng));
    }

    Settlement inpatient(Person p, String insuranceType, String institution, LocalDate admission, DrgGroup group) {
        return inpatient(p, insuranceType, institution, admission, nights(group), group,
                rng.pick(group.diagnoses()), null);
    }

    int nights(DrgGroup group) {
        return rng.between(group.minStay(), group.maxStay());
    }

    Settlement outpatient(Person p, String insuranceType, String institution, LocalDate day, String medicalType,
                          String diagnosis) {
        double median = "14".equals(medicalType) ? 60_000 : 18_000;
        long total = Math.max(3_000, Math.min(400_000, Math.round(median * Math.exp(0.5 * rng.gaussian()))));
        return new Settlement(ids.nextSettlement(), institution, p.region().code(), p, insuranceType, medicalType,
                day, null, day.atTime(rng.between(8, 17), rng.between(0, 59)), diagnosis, List.of(), List.of(),
                null, "ITEM", PaymentSplitter.outpatient(total, insuranceType, medicalType, rng));
    }

    /** A clean outpatient visit with a diagnosis fitting the person's gender and age. */
    Settlement outpatient(Person p, String insuranceType, String institution, LocalDate day, String medicalType) {
        return outpatient(p, insuranceType, institution, day, medicalType,
                rng.pick(Outpatient.forPerson(p, day, medicalType)).code());
    }

    /** The same settlement re-submitted under a new settlementId, settled a little later. */
    Settlement twin(Settlement s) {
        return new Settlement(ids.nextSettlement(), s.institutionCode(), s.regionCode(), s.person(),
                s.insuranceType(), s.medicalType(), s.admissionDate(), s.dischargeDate(),
                s.settlementTime().plusMinutes(rng.between(5, 180)), s.primaryDiagnosis(), s.secondaryDiagnoses(),
                s.procedures(), s.drgCode(), s.paymentMethod(), s.payment());
    }

    private List<String> secondaries(Person p, LocalDate day, String primary) {
        List<String> list = new ArrayList<>();
        if (p.ageOn(day) >= 55) {
            if (rng.chance(0.45) && !primary.startsWith("I10")) {
                list.add("I10.x00");
            }
            if (rng.chance(0.25) && !primary.startsWith("E11")) {
                list.add("E11.900");
            }
        }
        return List.copyOf(list);
    }
}
