package cn.ybjg.claims;

import cn.ybjg.claims.privacy.IdNumbers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Valid records for tests, each with unique ids so tests never depend on each other's data. */
public final class TestRecords {

    public static final ObjectMapper JSON = new ObjectMapper();

    private TestRecords() {
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** A valid 18-character ID number with region 431002, born 1960-05-01 and a random sequence. */
    public static String idNumber() {
        String first17 = "43100219600501" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + IdNumbers.checkCharacter(first17);
    }

    /** A unique institution code, so that scoped searches only see this test's records. */
    public static String institution() {
        return "H431002" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    public static ObjectNode settlement(String settlementId, String institutionCode, String idNumber) {
        ObjectNode s = JSON.createObjectNode();
        s.put("settlementId", settlementId).put("institutionCode", institutionCode).put("regionCode", "431000")
                .put("personId", "P-" + settlementId).put("idNumber", idNumber).put("gender", "1")
                .put("birthDate", "1960-05-01").put("insuranceType", "310").put("medicalType", "21")
                .put("admissionDate", "2025-03-01").put("dischargeDate", "2025-03-09")
                .put("settlementTime", "2025-03-09T16:20:00+08:00").put("primaryDiagnosis", "I21.000")
                .put("drgCode", "FM19").put("paymentMethod", "DRG")
                .put("totalCost", new BigDecimal("36500.00")).put("policyScopeCost", new BigDecimal("33000.00"))
                .put("fundPayment", new BigDecimal("26000.00")).put("seriousIllnessPayment", new BigDecimal("1500.00"))
                .put("medicalAssistancePayment", new BigDecimal("0")).put("personalAccountPayment", new BigDecimal("2000.00"))
                .put("cashPayment", new BigDecimal("7000.00"));
        s.putArray("secondaryDiagnoses").add("E11.900");
        s.putArray("procedures").add("36.0601");
        s.putArray("lines").addObject().put("code", "XB01").put("category", "DRUG").put("quantity", 2)
                .put("unitPrice", new BigDecimal("100.00")).put("amount", new BigDecimal("200.00"));
        return s;
    }
}
