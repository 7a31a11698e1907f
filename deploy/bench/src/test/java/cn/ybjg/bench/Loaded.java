package cn.ybjg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The generated files read back as plain values, independent of the generator's classes. */
record Loaded(List<S> settlements, List<E> enrollments, List<D> deaths, List<JsonNode> truth) {
    record S(String id, String inst, String region, String personId, String idNumber, String gender,
             LocalDate birthDate, String type, String medicalType, LocalDate admission, LocalDate discharge,
             LocalDate settled, String diagnosis, String drg, String method, BigDecimal total, BigDecimal policy,
             BigDecimal fund, BigDecimal serious, BigDecimal assistance, BigDecimal account, BigDecimal cash) {
        boolean inpatient() {
            return medicalType.startsWith("2");
        }
    }

    record E(String idNumber, String personId, String type, String region, LocalDate start, LocalDate end,
             String status) {
    }

    record D(String idNumber, LocalDate date) {
    }

    static Loaded read(Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<S> settlements = new ArrayList<>();
        try (var files = Files.newDirectoryStream(dir, "settlements-*.json")) {
            for (Path f : files) {
                for (JsonNode n : mapper.readTree(f.toFile())) {
                    settlements.add(new S(n.get("settlementId").asText(), n.get("institutionCode").asText(),
                            n.get("regionCode").asText(), n.get("personId").asText(), n.get("idNumber").asText(),
                            n.get("gender").asText(), date(n, "birthDate"), n.get("insuranceType").asText(),
                            n.get("medicalType").asText(), date(n, "admissionDate"), date(n, "dischargeDate"),
                            LocalDate.parse(n.get("settlementTime").asText().substring(0, 10)),
                            n.get("primaryDiagnosis").asText(), text(n, "drgCode"), text(n, "paymentMethod"),
                            money(n, "totalCost"), money(n, "policyScopeCost"), money(n, "fundPayment"),
                            money(n, "seriousIllnessPayment"), money(n, "medicalAssistancePayment"),
                            money(n, "personalAccountPayment"), money(n, "cashPayment")));
                }
            }
        }
        List<E> enrollments = new ArrayList<>();
        for (JsonNode n : mapper.readTree(dir.resolve("enrollments.json").toFile())) {
            enrollments.add(new E(n.get("idNumber").asText(), n.get("personId").asText(),
                    n.get("insuranceType").asText(), n.get("regionCode").asText(), date(n, "startDate"),
                    date(n, "endDate"), n.get("status").asText()));
        }
        List<D> deaths = new ArrayList<>();
        for (JsonNode n : mapper.readTree(dir.resolve("deaths.json").toFile())) {
            deaths.add(new D(n.get("idNumber").asText(), date(n, "dateOfDeath")));
        }
        List<JsonNode> truth = new ArrayList<>();
        mapper.readTree(dir.resolve("truth.json").toFile()).forEach(truth::add);
        return new Loaded(settlements, enrollments, deaths, truth);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode n, String field) {
        String t = text(n, field);
        return t == null ? null : LocalDate.parse(t);
    }

    private static BigDecimal money(JsonNode n, String field) {
        return new BigDecimal(n.get(field).asText());
    }
}
