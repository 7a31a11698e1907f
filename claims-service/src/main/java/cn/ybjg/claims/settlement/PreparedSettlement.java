package cn.ybjg.claims.settlement;

import cn.ybjg.claims.security.Actor;
import cn.ybjg.claims.outbox.CopyRows;
import cn.ybjg.claims.outbox.EventJson;
import cn.ybjg.claims.privacy.IdNumbers;
import cn.ybjg.claims.privacy.IdProtector;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A valid record ready for storage: ID number hashed, masked and encrypted, birth date encrypted (only its year
 * is kept in the clear), content hashed, submitter attached, and its key (institutionCode, settlementId) built once:
 * a batch is sorted by it, and a key built per comparison was 17% of ingest's CPU (JFR).
 */
record PreparedSettlement(int index, Settlement s, String key, String idHash, String idMasked, byte[] idEncrypted,
                          byte[] birthDateEncrypted, String contentHash, Actor submitter) {

    private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();

    static PreparedSettlement of(int index, Settlement s, IdProtector protector, Actor submitter) {
        return new PreparedSettlement(index, s, SettlementStore.key(s.institutionCode(), s.settlementId()),
                protector.hash(s.idNumber()), IdNumbers.mask(s.idNumber()), protector.encrypt(s.idNumber()),
                protector.encrypt(s.birthDate().toString()), protector.hash(s.canonical()), submitter);
    }

    /** The settlement row in {@link SettlementStore#COLUMNS} order. */
    void copyRow(CopyRows rows, OffsetDateTime ingestedAt) {
        rows.value(s.institutionCode()).value(s.settlementId()).value(s.regionCode()).value(s.personId())
                .value(idEncrypted).value(idHash).value(idMasked).value(s.gender()).value(s.birthDate().getYear())
                .value(birthDateEncrypted).value(s.insuranceType()).value(s.medicalType()).value(s.admissionDate())
                .value(s.dischargeDate()).value(s.settlementTime())
                .value(s.settlementTime().atZoneSameInstant(EventJson.CHINA).toLocalDate())
                .value(s.primaryDiagnosis()).value(jsonArray(s.secondaryDiagnoses())).value(jsonArray(s.procedures()))
                .value(s.drgCode()).value(s.paymentMethod()).value(s.totalCost()).value(s.policyScopeCost())
                .value(s.fundPayment()).value(s.seriousIllnessPayment()).value(s.medicalAssistancePayment())
                .value(s.personalAccountPayment()).value(s.cashPayment()).value(lines()).value(SettlementEntity.SETTLED)
                .value(ingestedAt).value(contentHash).value(submitter.name()).value(submitter.role());
    }

    private String lines() {
        if (s.lines().isEmpty()) {
            return "[]";
        }
        ArrayNode lines = JsonNodeFactory.instance.arrayNode();
        for (Settlement.FeeLine l : s.lines()) {
            lines.addObject().put("code", l.code()).put("category", l.category()).put("quantity", l.quantity())
                    .put("unitPrice", l.unitPrice()).put("amount", l.amount());
        }
        return lines.toString();
    }

    /**
     * A JSON array of strings, written directly: JsonNode.toString() sets up a generator and its buffers for each
     * call, three calls a row, which was a sixth of what ingest allocated (JFR).
     */
    static String jsonArray(List<String> values) {
        if (values.isEmpty()) {
            return "[]";
        }
        StringBuilder json = new StringBuilder(values.size() * 12).append('[');
        for (int i = 0; i < values.size(); i++) {
            json.append(i == 0 ? "\"" : ",\"").append(QUOTE.quoteAsString(values.get(i))).append('"');
        }
        return json.append(']').toString();
    }

    SettlementEvent event(OffsetDateTime ingestedAt) {
        String status = SettlementEntity.SETTLED;
        return new SettlementEvent(1, SettlementEvent.eventId(s.institutionCode(), s.settlementId(), status), status,
                ingestedAt, null, s.settlementId(), s.institutionCode(), s.regionCode(), s.personId(), idHash, idMasked,
                s.gender(), s.birthDate().getYear(), s.insuranceType(), s.medicalType(), s.admissionDate(), s.dischargeDate(),
                EventJson.china(s.settlementTime()), s.primaryDiagnosis(), s.secondaryDiagnoses(), s.procedures(),
                s.drgCode(), s.paymentMethod(), s.totalCost(), s.policyScopeCost(), s.fundPayment(),
                s.seriousIllnessPayment(), s.medicalAssistancePayment(), s.personalAccountPayment(), s.cashPayment(),
                s.lines());
    }
}
