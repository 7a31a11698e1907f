package cn.ybjg.claims.ingest;

import cn.ybjg.claims.security.Actor;
import cn.ybjg.claims.outbox.EventJson;
import cn.ybjg.claims.privacy.IdNumbers;
import cn.ybjg.claims.privacy.IdProtector;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

/**
 * A valid record ready for storage: ID number hashed, masked and encrypted, birth date encrypted (only its year
 * is kept in the clear), content hashed, submitter attached.
 */
record PreparedSettlement(int index, Settlement s, String idHash, String idMasked, String idEncrypted,
                          String birthDateEncrypted, String contentHash, Actor submitter) {

    static PreparedSettlement of(int index, Settlement s, IdProtector protector, Actor submitter) {
        Base64.Encoder base64 = Base64.getEncoder();
        return new PreparedSettlement(index, s, protector.hash(s.idNumber()), IdNumbers.mask(s.idNumber()),
                base64.encodeToString(protector.encrypt(s.idNumber())),
                base64.encodeToString(protector.encrypt(s.birthDate().toString())), protector.hash(s.canonical()),
                submitter);
    }

    String key() {
        return SettlementStore.key(s.institutionCode(), s.settlementId());
    }

    ObjectNode row(OffsetDateTime ingestedAt) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        row.put("institution_code", s.institutionCode()).put("settlement_id", s.settlementId())
                .put("region_code", s.regionCode()).put("person_id", s.personId()).put("id_number_enc", idEncrypted)
                .put("id_number_hash", idHash).put("id_number_masked", idMasked).put("gender", s.gender())
                .put("birth_year", s.birthDate().getYear())
                .put("birth_date_enc", birthDateEncrypted).put("insurance_type", s.insuranceType())
                .put("medical_type", s.medicalType()).put("admission_date", s.admissionDate().toString())
                .put("discharge_date", s.dischargeDate() == null ? null : s.dischargeDate().toString())
                .put("settlement_time", s.settlementTime().toString())
                .put("settlement_date", s.settlementTime().atZoneSameInstant(EventJson.CHINA).toLocalDate().toString())
                .put("primary_diagnosis", s.primaryDiagnosis()).put("drg_code", s.drgCode())
                .put("payment_method", s.paymentMethod()).put("total_cost", s.totalCost())
                .put("policy_scope_cost", s.policyScopeCost()).put("fund_payment", s.fundPayment())
                .put("serious_illness_payment", s.seriousIllnessPayment())
                .put("medical_assistance_payment", s.medicalAssistancePayment())
                .put("personal_account_payment", s.personalAccountPayment()).put("cash_payment", s.cashPayment())
                .put("ingested_at", ingestedAt.toString()).put("content_hash", contentHash)
                .put("submitted_by", submitter.name()).put("submitted_role", submitter.role());
        strings(row.putArray("secondary_diagnoses"), s.secondaryDiagnoses());
        strings(row.putArray("procedures"), s.procedures());
        ArrayNode lines = row.putArray("lines");
        for (Settlement.FeeLine l : s.lines()) {
            lines.addObject().put("code", l.code()).put("category", l.category()).put("quantity", l.quantity())
                    .put("unitPrice", l.unitPrice()).put("amount", l.amount());
        }
        return row;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
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
