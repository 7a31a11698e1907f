package cn.ybjg.supervision.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * DUPLICATE_SETTLEMENT 重复结算: settlements of one person at one institution with the same dates, medicalType
 * and totalCost under different settlementIds. Every twin except the one with the smallest settlementId is
 * flagged.
 */
public final class DuplicateSettlementRule implements Rule<DuplicateSettlementRule.Params> {
    public static final String CODE = "DUPLICATE_SETTLEMENT";

    /** This rule has no parameters. */
    public record Params() implements RuleParams {
        public List<String> problems() { return List.of(); }
    }

    public String code() { return CODE; }
    public String nameZh() { return "重复结算"; }
    public String description() {
        return "two settlements of one person at one institution with the same dates, medicalType and totalCost "
                + "under different settlementIds";
    }
    public Class<Params> paramsType() { return Params.class; }
    public Params defaults() { return new Params(); }

    public List<Finding> evaluate(PersonHistory h, Params p, RuleContext ctx) {
        Map<List<Object>, List<SettlementFact>> groups = new LinkedHashMap<>();
        for (SettlementFact s : h.active()) {
            List<Object> key = List.of(s.institutionCode(), s.admissionDate(), Objects.toString(s.dischargeDate()),
                    s.medicalType(), s.totalCost().stripTrailingZeros().toPlainString());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<Finding> out = new ArrayList<>();
        for (List<SettlementFact> twins : groups.values()) {
            if (twins.size() < 2) continue;
            twins.sort(Comparator.comparing(SettlementFact::settlementId));
            SettlementFact original = twins.get(0);
            for (SettlementFact dup : twins.subList(1, twins.size())) {
                out.add(Finding.ofSettlement(CODE, Severity.DEFINITE, dup, dup.fundPayments(), Evidence.of(
                        "originalSettlementId", original.settlementId(),
                        "twinSettlementIds", twins.stream().map(SettlementFact::settlementId).toList(),
                        "admissionDate", dup.admissionDate(), "dischargeDate", dup.dischargeDate(),
                        "medicalType", dup.medicalType(), "totalCost", Money.of(dup.totalCost()))));
            }
        }
        return out;
    }
}
