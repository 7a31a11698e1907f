package cn.ybjg.indicators.compute;

import java.util.Arrays;

/** The indicators of contract section 4, with their names and formulas as served by the API. */
public enum IndicatorCode {
    POLICY_SCOPE_INPATIENT_FUND_RATIO("政策范围内住院费用基金支付比例",
            "Σ(fundPayment + seriousIllnessPayment) / Σ policyScopeCost, inpatient"),
    ACTUAL_INPATIENT_REIMBURSEMENT_RATIO("住院费用实际报销比例",
            "Σ(fundPayment + seriousIllnessPayment + medicalAssistancePayment) / Σ totalCost, inpatient"),
    DRG_PAYMENT_SHARE("按DRG/DIP付费住院费用占比",
            "Σ totalCost where paymentMethod ∈ {DRG, DIP} / Σ totalCost, inpatient"),
    ENROLLMENT_RATE("基本医疗保险参保率",
            "persons with an ACTIVE 310/390 enrollment covering the period's last day / resident population"),
    FLAGGED_FUND_SHARE("疑点涉及基金占比",
            "Σ amountAtRisk of OPEN and CONFIRMED flags / Σ fund payments (all but cash)");

    private final String nameZh;
    private final String formula;

    IndicatorCode(String nameZh, String formula) {
        this.nameZh = nameZh;
        this.formula = formula;
    }

    public String nameZh() {
        return nameZh;
    }

    public String formula() {
        return formula;
    }

    public static boolean isKnown(String code) {
        return Arrays.stream(values()).anyMatch(c -> c.name().equals(code));
    }
}
