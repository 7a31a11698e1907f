package cn.ybjg.bench;

/**
 * Splits a total cost (fen) into 政策范围内费用 and the five payment parts. Inpatient (统筹+大病)/政策范围内
 * aims at 0.80 for 职工 (310) and 0.66 for 居民 (390); the parts always add up to the total to the fen.
 */
final class PaymentSplitter {
    static final long SERIOUS_ILLNESS_FROM = 2_000_000; // 20,000 yuan of policy-scope cost

    private PaymentSplitter() {
    }

    static double inpatientTarget(String insuranceType) {
        return "310".equals(insuranceType) ? 0.80 : 0.66;
    }

    static Payment inpatient(long total, String insuranceType, Rng rng) {
        boolean employee = "310".equals(insuranceType);
        long policy = Math.round(total * rng.uniform(0.86, 0.95));
        long funds = Math.round(policy * inpatientTarget(insuranceType) * rng.uniform(0.96, 1.04));
        long serious = policy >= SERIOUS_ILLNESS_FROM ? Math.round(funds * (employee ? 0.10 : 0.20)) : 0;
        long rest = total - funds;
        long assistance = !employee && rng.chance(0.06) ? Math.round(rest * 0.3) : 0;
        long account = employee && rng.chance(0.35) ? Math.round((rest - assistance) * 0.25) : 0;
        return new Payment(total, policy, funds - serious, serious, assistance, account,
                rest - assistance - account);
    }

    static Payment outpatient(long total, String insuranceType, String medicalType, Rng rng) {
        boolean employee = "310".equals(insuranceType);
        double ratio = "14".equals(medicalType) ? (employee ? 0.75 : 0.60) : 0.50;
        long policy = Math.round(total * rng.uniform(0.70, 0.95));
        long fund = Math.round(policy * ratio * rng.uniform(0.95, 1.05));
        long rest = total - fund;
        long account = employee ? (rng.chance(0.7) ? rest : Math.round(rest * 0.5)) : 0;
        return new Payment(total, policy, fund, 0, 0, account, rest - account);
    }
}
