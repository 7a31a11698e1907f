package cn.ybjg.supervision.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Builds events exactly as docs/events.md describes them and produces them to the real broker. */
final class Events implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    final String run = UUID.randomUUID().toString().substring(0, 8);
    private final KafkaProducer<String, String> producer;

    Events() {
        Properties p = new Properties();
        p.put("bootstrap.servers", org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        p.put("acks", "all");
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** A unique person of this run. */
    Person person(String name) {
        return new Person("P" + run + name, sha256(run + name));
    }

    record Person(String personId, String hash) {
    }

    Map<String, Object> settlement(Person p, String id, String inst, String region, String medicalType, String from,
            String to, String diagnosis, String total, String insuranceType, String gender, String drg) {
        BigDecimal t = new BigDecimal(total);
        BigDecimal fund = t.multiply(new BigDecimal("0.6")).setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal account = t.multiply(new BigDecimal("0.1")).setScale(2, java.math.RoundingMode.HALF_UP);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", 1);
        m.put("eventId", UUID.nameUUIDFromBytes(("settlement:" + inst + ":" + id + ":SETTLED").getBytes()).toString());
        m.put("status", "SETTLED");
        m.put("ingestedAt", "2025-03-02T10:00:00+08:00");
        m.put("reversedAt", null);
        m.put("settlementId", id);
        m.put("institutionCode", inst);
        m.put("regionCode", region);
        m.put("personId", p.personId());
        m.put("idNumberHash", p.hash());
        m.put("idNumberMasked", "431002********1234");
        m.put("gender", gender);
        m.put("birthYear", 1960);
        m.put("insuranceType", insuranceType);
        m.put("medicalType", medicalType);
        m.put("admissionDate", from);
        m.put("dischargeDate", to);
        m.put("settlementTime", (to == null ? from : to) + "T10:00:00+08:00");
        m.put("primaryDiagnosis", diagnosis);
        m.put("secondaryDiagnoses", java.util.List.of());
        m.put("drgCode", drg);
        m.put("paymentMethod", drg == null ? "ITEM" : "DRG");
        m.put("totalCost", t);
        m.put("policyScopeCost", t);
        m.put("fundPayment", fund);
        m.put("seriousIllnessPayment", new BigDecimal("0.00"));
        m.put("medicalAssistancePayment", new BigDecimal("0.00"));
        m.put("personalAccountPayment", account);
        m.put("cashPayment", t.subtract(fund).subtract(account));
        return m;
    }

    /** An inpatient stay in 431000 under 310 of a male person. */
    Map<String, Object> stay(Person p, String id, String inst, String from, String to, String diagnosis, String total) {
        return settlement(p, id, inst, "431000", "21", from, to, diagnosis, total, "310", "1", null);
    }

    Map<String, Object> visit(Person p, String id, String inst, String date) {
        return settlement(p, id, inst, "431000", "11", date, null, "J06.900", "200.00", "310", "1", null);
    }

    static Map<String, Object> reversal(Map<String, Object> settlement) {
        Map<String, Object> m = new LinkedHashMap<>(settlement);
        m.put("status", "REVERSED");
        m.put("reversedAt", "2025-06-01T10:00:00+08:00");
        m.put("eventId", UUID.nameUUIDFromBytes(("settlement:" + m.get("institutionCode") + ":"
                + m.get("settlementId") + ":REVERSED").getBytes()).toString());
        return m;
    }

    Map<String, Object> enrollment(Person p, String type, String region, String start, String end, String status,
            String ingestedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", 1);
        m.put("eventId", UUID.randomUUID().toString());
        m.put("idNumberHash", p.hash());
        m.put("idNumberMasked", "431002********1234");
        m.put("personId", p.personId());
        m.put("insuranceType", type);
        m.put("regionCode", region);
        m.put("startDate", start);
        m.put("endDate", end);
        m.put("status", status);
        m.put("ingestedAt", ingestedAt);
        return m;
    }

    Map<String, Object> enrollment(Person p, String type, String region, String start, String end) {
        return enrollment(p, type, region, start, end, "ACTIVE", "2025-01-01T10:00:00+08:00");
    }

    Map<String, Object> death(Person p, String date, String source) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", 1);
        m.put("eventId", UUID.randomUUID().toString());
        m.put("idNumberHash", p.hash());
        m.put("idNumberMasked", "431002********1234");
        m.put("dateOfDeath", date);
        m.put("source", source);
        m.put("ingestedAt", "2025-06-01T10:00:00+08:00");
        return m;
    }

    void send(String topic, Map<String, Object> event) {
        try {
            sendRaw(topic, (String) event.get("idNumberHash"), JSON.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void sendRaw(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (byte x : d) b.append(String.format("%02x", x));
            return b.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
