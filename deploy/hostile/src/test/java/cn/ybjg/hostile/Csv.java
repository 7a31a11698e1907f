package cn.ybjg.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** CSV bodies of settlement records (header of field names, lists ';'-joined), with cells replaced by raw bytes. */
final class Csv {
    static final List<String> COLUMNS = List.of("settlementId", "institutionCode", "regionCode", "personId", "idNumber",
            "gender", "birthDate", "insuranceType", "medicalType", "admissionDate", "dischargeDate", "settlementTime",
            "primaryDiagnosis", "secondaryDiagnoses", "procedures", "drgCode", "paymentMethod", "totalCost",
            "policyScopeCost", "fundPayment", "seriousIllnessPayment", "medicalAssistancePayment",
            "personalAccountPayment", "cashPayment");

    private Csv() {
    }

    /**
     * The body: row i takes its cells from records.get(i), except the columns in raw.get(i), which are written
     * exactly as the given bytes (quotes and all).
     */
    static byte[] body(List<ObjectNode> records, Map<Integer, Map<String, byte[]>> raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((String.join(",", COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < records.size(); i++) {
            Map<String, byte[]> replaced = raw.getOrDefault(i, Map.of());
            List<byte[]> cells = new ArrayList<>();
            for (String c : COLUMNS) {
                cells.add(replaced.containsKey(c) ? replaced.get(c) : cell(records.get(i).get(c)).getBytes(StandardCharsets.UTF_8));
            }
            for (int k = 0; k < cells.size(); k++) {
                if (k > 0) {
                    out.write(',');
                }
                out.writeBytes(cells.get(k));
            }
            out.write('\n');
        }
        return out.toByteArray();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        String text;
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(x -> items.add(x.asText()));
            text = String.join(";", items);
        } else {
            text = v.asText();
        }
        return text.matches("[^,\"\\r\\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
