package cn.ybjg.supervision.streams.drg;

import cn.ybjg.supervision.rules.SettlementFact;
import cn.ybjg.supervision.rules.drg.GroupWindow;
import cn.ybjg.supervision.streams.PersonEvent;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Which settlements the DRG sub-topology takes, and the stay store's upsert. A stay counts as a sample exactly when
 * DrgDataLoader would count it (inpatient medicalType 2x, a drgCode, SETTLED) and is a candidate exactly when
 * DrgCostOutlierRule would judge it; both also need a non-blank drgCode here.
 */
final class DrgStays {
    private DrgStays() {
    }

    /** The settlement or reversal of an inpatient stay with a DRG group; empty for anything else. */
    static Optional<SettlementFact> of(PersonEvent event) {
        if (!(event instanceof PersonEvent.Settlement s)) return Optional.empty();
        SettlementFact f = s.fact();
        if (!f.inpatient() || f.drgCode() == null || f.drgCode().isBlank() || !wholeFen(f.totalCost())) return Optional.empty();
        return Optional.of(f);
    }

    /**
     * The stay to store when {@code incoming} meets {@code stored} (null: none yet): a reversal is sticky, a
     * SETTLED arriving after its REVERSED stays reversed — the person store's rule.
     */
    static SettlementFact merge(SettlementFact stored, SettlementFact incoming) {
        if (stored == null || !stored.reversed() || incoming.reversed()) return incoming;
        SettlementFact s = incoming;
        return new SettlementFact(s.institutionCode(), s.settlementId(), s.idNumberHash(), s.idNumberMasked(),
                s.personId(), s.regionCode(), s.gender(), s.insuranceType(), s.medicalType(), s.admissionDate(),
                s.dischargeDate(), s.periodDate(), s.primaryDiagnosis(), s.drgCode(), s.totalCost(), s.fundPayments(), true);
    }

    static boolean counted(SettlementFact stay) {
        return stay != null && !stay.reversed();
    }

    /**
     * claims-service accepts money to the fen only, so this always holds for real events; a sample that is not a
     * whole number of fen could not enter a GroupWindow, and one failure there would stop the stream thread.
     */
    private static boolean wholeFen(BigDecimal cost) {
        return cost.stripTrailingZeros().scale() <= 2 && cost.abs().compareTo(BigDecimal.valueOf(GroupWindow.MAX_FEN, 2)) <= 0;
    }
}
