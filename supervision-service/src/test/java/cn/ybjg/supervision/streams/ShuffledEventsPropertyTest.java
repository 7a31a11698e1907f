package cn.ybjg.supervision.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.supervision.rules.DeathFact;
import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.DrgData;
import cn.ybjg.supervision.rules.EnrollmentFact;
import cn.ybjg.supervision.rules.Finding;
import cn.ybjg.supervision.rules.PersonHistory;
import cn.ybjg.supervision.rules.Rule;
import cn.ybjg.supervision.rules.RuleContext;
import cn.ybjg.supervision.rules.Rules;
import cn.ybjg.supervision.rules.SettlementFact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever order a planted set of events arrives in (with re-deliveries and late corrections), the flags
 * the topology leaves OPEN equal what the rules find, as the consumer loop's Evaluator runs them (one RuleContext,
 * every person rule with its defaults), on the person's final history built here independently of the engine.
 */
class ShuffledEventsPropertyTest {
    static final String A = "hash-a";
    static final String B = "hash-b";
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Events of two persons touching every person rule; the last few are corrections and reversals. */
    static List<Ev> planted() {
        Ev s1 = Ev.stay(A, "S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        Ev s4 = Ev.stay(A, "S4", "H43100200777", "2025-03-08", "2025-03-15", "K35.800", "3000.00");
        return List.of(
                Ev.enrollment(A, "310", "2020-01-01", null, "ACTIVE", "2025-01-01T09:00:00+08:00"),
                Ev.enrollment(A, "390", "2024-07-01", null, "ACTIVE", "2025-01-02T09:00:00+08:00"),
                Ev.enrollment(A, "390", "2024-07-01", "2024-12-31", "TERMINATED", "2025-02-01T09:00:00+08:00"),
                s1,
                Ev.stay(A, "S2", "H43100200123", "2025-03-20", "2025-03-25", "I21.900", "5000.00"),
                Ev.stay(A, "S3", "H43100200999", "2025-03-05", "2025-03-12", "K35.800", "6000.00"),
                s4, s4.reversal(),
                Ev.stay(A, "S5", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00"),
                Ev.visit(A, "V1", "H43100200555", "2025-03-07"),
                Ev.settlement(A, "S6", "H43100200123", "2025-05-02", "2025-05-04", "O80.000", "3000.00", "1", "SETTLED"),
                Ev.enrollment(B, "310", "2023-01-01", null, "ACTIVE", "2025-01-01T09:00:00+08:00"),
                Ev.death(B, "2025-03-31", "2025-04-01T09:00:00+08:00"),
                Ev.death(B, "2025-04-15", "2025-04-03T09:00:00+08:00"),
                Ev.stay(B, "T1", "H43100200123", "2025-04-10", "2025-04-12", "J18.000", "2000.00"),
                Ev.stay(B, "T2", "H43100200123", "2025-04-20", "2025-04-22", "J18.000", "2500.00"),
                Ev.stay(B, "T3", "H43100200123", "2024-12-30", "2025-01-02", "N40.000", "1500.00"),
                Ev.visit(B, "V2", "H43100200123", "2022-06-01"));
    }

    @Test
    void anyArrivalOrderEndsWithTheFlagsTheRulesFindOnTheFinalHistory() {
        Set<String> expected = reference();
        assertTrue(expected.size() >= 7, "the planted set exercises the rules: " + expected);
        Random random = new Random(20251129L);
        for (int run = 0; run < 40; run++) {
            List<Ev> events = new ArrayList<>(planted());
            // Re-deliveries of a few events anywhere in the stream.
            for (int i = 0; i < 3; i++) events.add(events.get(random.nextInt(events.size())));
            Collections.shuffle(events, random);
            try (EngineDriver engine = new EngineDriver()) {
                engine.send(events);
                assertEquals(expected, summary(engine.open()), "run " + run);
            }
        }
    }

    @Test
    void referenceCoversEveryPersonRule() {
        Set<String> rules = new TreeSet<>();
        reference().forEach(s -> rules.add(s.substring(0, s.indexOf(' '))));
        Set<String> personRules = new TreeSet<>();
        Rules.ALL.stream().map(Rule::code).filter(c -> !c.equals(DrgCostOutlierRule.CODE)).forEach(personRules::add);
        assertEquals(personRules, rules);
    }

    /** OPEN flags as "ruleCode subjectKey-free id severity amount evidence". */
    static Set<String> summary(List<JsonNode> open) {
        Set<String> out = new TreeSet<>();
        for (JsonNode f : open) {
            out.add(f.get("ruleCode").asText() + " " + f.get("id").asText() + " " + f.get("severity").asText() + " "
                    + f.get("amountAtRisk").decimalValue().setScale(2) + " " + f.get("evidence"));
        }
        return out;
    }

    /** What the rules find on each person's final history (the Evaluator's way: rule.evaluate with defaults). */
    static Set<String> reference() {
        Set<String> out = new TreeSet<>();
        for (PersonHistory h : List.of(finalHistory(A), finalHistory(B))) {
            RuleContext ctx = new RuleContext(TODAY, DrgData.NONE);
            for (Rule<?> rule : Rules.ALL) {
                if (rule.code().equals(DrgCostOutlierRule.CODE)) continue;
                for (Finding f : evaluate(rule, h, ctx)) {
                    out.add(f.ruleCode() + " " + cn.ybjg.supervision.flags.Flag.idOf(f.ruleCode(), f.subjectKey()) + " "
                            + f.severity() + " " + f.amountAtRisk().setScale(2) + " " + asWritten(f.evidence()));
                }
            }
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Finding> evaluate(Rule<?> rule, PersonHistory h, RuleContext ctx) {
        return ((Rule) rule).evaluate(h, rule.defaults(), ctx);
    }

    /** Evidence as a flags.v1 consumer reads it: written as JSON (ISO dates, exact decimals), read back. */
    private static JsonNode asWritten(Object evidence) {
        try {
            return EngineDriver.JSON.readTree(JSON.writeValueAsString(evidence));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The final facts, by the consumer loop's state rules: sticky reversals, latest ingested enrollment and death. */
    static PersonHistory finalHistory(String person) {
        List<SettlementFact> settlements = new ArrayList<>();
        List<EnrollmentFact> enrollments = new ArrayList<>();
        List<String> enrollmentIngested = new ArrayList<>();
        DeathFact death = null;
        String deathIngested = "";
        for (Ev e : planted()) {
            if (!e.key().equals(person)) continue;
            JsonNode n = DrgReference.read(e.json());
            switch (e.topic()) {
                case Topics.SETTLEMENTS -> {
                    SettlementFact s = DrgReference.settlement(n);
                    settlements.removeIf(o -> o.subjectKey().equals(s.subjectKey()));
                    settlements.add(s);
                }
                case Topics.ENROLLMENTS -> {
                    EnrollmentFact f = new EnrollmentFact(n.get("insuranceType").asText(), n.get("regionCode").asText(),
                            LocalDate.parse(n.get("startDate").asText()), n.get("endDate").isNull() ? null
                                    : LocalDate.parse(n.get("endDate").asText()), n.get("status").asText(),
                            n.get("personId").asText(), n.get("idNumberMasked").asText());
                    int i = indexOf(enrollments, f.key());
                    String at = n.get("ingestedAt").asText();
                    if (i < 0) {
                        enrollments.add(f);
                        enrollmentIngested.add(at);
                    } else if (at.compareTo(enrollmentIngested.get(i)) >= 0) {
                        enrollments.set(i, f);
                        enrollmentIngested.set(i, at);
                    }
                }
                default -> {
                    String at = n.get("ingestedAt").asText();
                    if (at.compareTo(deathIngested) >= 0) {
                        death = new DeathFact(LocalDate.parse(n.get("dateOfDeath").asText()), n.get("source").asText(),
                                n.get("idNumberMasked").asText());
                        deathIngested = at;
                    }
                }
            }
        }
        settlements.sort(Comparator.comparing(SettlementFact::admissionDate).thenComparing(SettlementFact::settlementId));
        enrollments.sort(Comparator.comparing(EnrollmentFact::startDate).thenComparing(EnrollmentFact::insuranceType)
                .thenComparing(EnrollmentFact::regionCode));
        return new PersonHistory(person, settlements, enrollments, Optional.ofNullable(death));
    }

    private static int indexOf(List<EnrollmentFact> es, String key) {
        for (int i = 0; i < es.size(); i++) if (es.get(i).key().equals(key)) return i;
        return -1;
    }
}
