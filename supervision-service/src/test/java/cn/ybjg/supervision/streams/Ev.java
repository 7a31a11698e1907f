package cn.ybjg.supervision.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Test events in the wire format of docs/events.md, keyed by the person's idNumberHash. */
record Ev(String topic, String key, String json) {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String MASKED = "431002********1234";

    /** An inpatient (21) stay or, with {@code to == null}, an outpatient (11) visit; fund payments 0.8 × total. */
    static Ev settlement(String person, String id, String inst, String from, String to, String diagnosis,
            String total, String gender, String status) {
        return new Ev(Topics.SETTLEMENTS, person, write(fields(person, id, inst, from, to, diagnosis, total, gender, status)));
    }

    /** An inpatient stay of DRG group drg in region, discharged and settled on date, admitted three days before. */
    static Ev drgStay(String person, String id, String inst, String region, String drg, String date, String total) {
        String admitted = java.time.LocalDate.parse(date).minusDays(3).toString();
        Map<String, Object> m = fields(person, id, inst, admitted, date, "I21.000", total, "1", "SETTLED");
        m.put("regionCode", region);
        m.put("drgCode", drg);
        return new Ev(Topics.SETTLEMENTS, person, write(m));
    }

    private static Map<String, Object> fields(String person, String id, String inst, String from, String to,
            String diagnosis, String total, String gender, String status) {
        BigDecimal t = new BigDecimal(total);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", 1);
        m.put("eventId", UUID.nameUUIDFromBytes(("settlement:" + inst + ":" + id + ":" + status).getBytes()).toString());
        m.put("status", status);
        m.put("ingestedAt", "2025-06-01T10:00:00+08:00");
        m.put("settlementId", id);
        m.put("institutionCode", inst);
        m.put("regionCode", "431000");
        m.put("personId", "P-" + person);
        m.put("idNumberHash", person);
        m.put("idNumberMasked", MASKED);
        m.put("gender", gender);
        m.put("birthYear", 1960);
        m.put("insuranceType", "310");
        m.put("medicalType", to == null ? "11" : "21");
        m.put("admissionDate", from);
        m.put("dischargeDate", to);
        m.put("settlementTime", (to == null ? from : to) + "T16:20:00+08:00");
        m.put("primaryDiagnosis", diagnosis);
        m.put("totalCost", t);
        m.put("policyScopeCost", t);
        m.put("fundPayment", part(t, "0.7"));
        m.put("seriousIllnessPayment", BigDecimal.ZERO.setScale(2));
        m.put("medicalAssistancePayment", BigDecimal.ZERO.setScale(2));
        m.put("personalAccountPayment", part(t, "0.1"));
        m.put("cashPayment", t.subtract(part(t, "0.7")).subtract(part(t, "0.1")));
        return m;
    }

    static Ev stay(String person, String id, String inst, String from, String to, String diagnosis, String total) {
        return settlement(person, id, inst, from, to, diagnosis, total, "1", "SETTLED");
    }

    static Ev visit(String person, String id, String inst, String date) {
        return settlement(person, id, inst, date, null, "J06.900", "200.00", "1", "SETTLED");
    }

    /** The same settlement's reversal: same amounts, status REVERSED. */
    Ev reversal() {
        return new Ev(topic, key, json.replace("\"status\":\"SETTLED\"", "\"status\":\"REVERSED\"")
                .replace("\"ingestedAt\":\"2025-06-01T10:00:00+08:00\"", "\"ingestedAt\":\"2025-06-02T10:00:00+08:00\""));
    }

    static Ev enrollment(String person, String type, String from, String to, String status, String ingestedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", 1);
        m.put("eventId", UUID.nameUUIDFromBytes((person + type + from + status + ingestedAt).getBytes()).toString());
        m.put("idNumberHash", person);
        m.put("idNumberMasked", MASKED);
        m.put("personId", "P-" + person);
        m.put("insuranceType", type);
        m.put("regionCode", "431000");
        m.put("startDate", from);
        m.put("endDate", to);
        m.put("status", status);
        m.put("ingestedAt", ingestedAt);
        return new Ev(Topics.ENROLLMENTS, person, write(m));
    }

    static Ev death(String person, String date, String ingestedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", 1);
        m.put("eventId", UUID.nameUUIDFromBytes((person + date + ingestedAt).getBytes()).toString());
        m.put("idNumberHash", person);
        m.put("idNumberMasked", MASKED);
        m.put("dateOfDeath", date);
        m.put("source", "CIVIL_AFFAIRS");
        m.put("ingestedAt", ingestedAt);
        return new Ev(Topics.DEATHS, person, write(m));
    }

    private static BigDecimal part(BigDecimal total, String share) {
        return total.multiply(new BigDecimal(share)).setScale(2, RoundingMode.HALF_UP);
    }

    private static String write(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
