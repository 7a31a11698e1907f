package cn.ybjg.supervision.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a rule found about one subject. Settlement-level findings carry the settlement; person-level ones carry
 * null there and name region, person and insurance type themselves.
 */
public record Finding(String ruleCode, String subjectKey, Severity severity, SettlementFact settlement,
        String idNumberHash, String idNumberMasked, String personId, String regionCode, String insuranceType,
        BigDecimal amountAtRisk, LocalDate periodDate, Map<String, Object> evidence) {

    public static Finding ofSettlement(String ruleCode, Severity severity, SettlementFact s, BigDecimal amountAtRisk,
            Map<String, Object> evidence) {
        return new Finding(ruleCode, s.subjectKey(), severity, s, s.idNumberHash(), s.idNumberMasked(), s.personId(),
                s.regionCode(), s.insuranceType(), Money.of(amountAtRisk), s.periodDate(), evidence);
    }
}
