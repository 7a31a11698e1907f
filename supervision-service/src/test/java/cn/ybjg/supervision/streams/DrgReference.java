package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.flags.Flag;
import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.DrgData;
import cn.ybjg.supervision.rules.DrgSamples;
import cn.ybjg.supervision.rules.Finding;
import cn.ybjg.supervision.rules.PersonHistory;
import cn.ybjg.supervision.rules.RuleContext;
import cn.ybjg.supervision.rules.SettlementFact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * DRG_COST_OUTLIER from scratch, the consumer loop's way: the final stays of the events sent so far (sticky
 * reversals), an in-memory DrgData over the counted ones, then DrgCostOutlierRule.evaluate on each person's history
 * in one RuleContext. Its findings, written as flags.v1 would carry them, are what the engine's OPEN flags must be.
 */
final class DrgReference {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** subjectKey → the stay as the loop's state would hold it. */
    private final Map<String, SettlementFact> stays = new LinkedHashMap<>();
    /** "region/drg/year" → configured benchmark. */
    private final Map<String, BigDecimal> configured = new HashMap<>();

    void sent(Ev e) {
        if (!e.topic().equals(Topics.SETTLEMENTS)) return;
        SettlementFact s = settlement(read(e.json()));
        SettlementFact stored = stays.get(s.subjectKey());
        stays.put(s.subjectKey(), stored != null && stored.reversed() ? reversed(s) : s);
    }

    void configured(String region, String drg, int year, String cost) {
        if (cost == null) configured.remove(region + "/" + drg + "/" + year);
        else configured.put(region + "/" + drg + "/" + year, new BigDecimal(cost));
    }

    List<Finding> findings(DrgCostOutlierRule.Params p) {
        RuleContext ctx = new RuleContext(LocalDate.of(2025, 6, 30), data());
        Map<String, List<SettlementFact>> persons = new LinkedHashMap<>();
        stays.values().forEach(s -> persons.computeIfAbsent(s.idNumberHash(), k -> new ArrayList<>()).add(s));
        List<Finding> out = new ArrayList<>();
        for (var person : persons.entrySet()) {
            out.addAll(new DrgCostOutlierRule().evaluate(new PersonHistory(person.getKey(), person.getValue(), List.of(),
                    Optional.empty()), p, ctx));
        }
        return out;
    }

    /** The findings as "ruleCode id severity amount evidence", like ShuffledEventsPropertyTest.summary. */
    Set<String> expected(DrgCostOutlierRule.Params p) {
        Set<String> out = new TreeSet<>();
        for (Finding f : findings(p)) {
            out.add(f.ruleCode() + " " + Flag.idOf(f.ruleCode(), f.subjectKey()) + " " + f.severity() + " "
                    + f.amountAtRisk().setScale(2) + " " + asWritten(f.evidence()));
        }
        return out;
    }

    /** The final counted stays and configured benchmarks, held as the replay holds them. */
    private DrgData data() {
        DrgSamples data = new DrgSamples();
        stays.values().forEach(data::addIfCounted);
        configured.forEach((key, cost) -> {
            String[] k = key.split("/");
            data.addConfigured(k[0], k[1], Integer.parseInt(k[2]), cost);
        });
        return data;
    }

    static SettlementFact settlement(JsonNode n) {
        BigDecimal fund = n.get("fundPayment").decimalValue().add(n.get("seriousIllnessPayment").decimalValue())
                .add(n.get("medicalAssistancePayment").decimalValue()).add(n.get("personalAccountPayment").decimalValue());
        String discharge = n.get("dischargeDate").isNull() ? null : n.get("dischargeDate").asText();
        return new SettlementFact(n.get("institutionCode").asText(), n.get("settlementId").asText(),
                n.get("idNumberHash").asText(), n.get("idNumberMasked").asText(), n.get("personId").asText(),
                n.get("regionCode").asText(), n.get("gender").asText(), n.get("insuranceType").asText(),
                n.get("medicalType").asText(), LocalDate.parse(n.get("admissionDate").asText()),
                discharge == null ? null : LocalDate.parse(discharge),
                LocalDate.parse(n.get("settlementTime").asText().substring(0, 10)), n.get("primaryDiagnosis").asText(),
                n.hasNonNull("drgCode") ? n.get("drgCode").asText() : null, n.get("totalCost").decimalValue(), fund,
                n.get("status").asText().equals("REVERSED"));
    }

    private static SettlementFact reversed(SettlementFact s) {
        return new SettlementFact(s.institutionCode(), s.settlementId(), s.idNumberHash(), s.idNumberMasked(),
                s.personId(), s.regionCode(), s.gender(), s.insuranceType(), s.medicalType(), s.admissionDate(),
                s.dischargeDate(), s.periodDate(), s.primaryDiagnosis(), s.drgCode(), s.totalCost(), s.fundPayments(), true);
    }

    static JsonNode read(String json) {
        try {
            return EngineDriver.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Evidence as a flags.v1 consumer reads it: written as JSON (ISO dates, exact decimals), read back. */
    private static JsonNode asWritten(Object evidence) {
        try {
            return EngineDriver.JSON.readTree(JSON.writeValueAsString(evidence));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
