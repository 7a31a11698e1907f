package cn.ybjg.supervision.ingest;

import cn.ybjg.kit.DatabaseOutage;
import cn.ybjg.supervision.engine.Evaluator;
import cn.ybjg.supervision.rules.EnrollmentFact;
import cn.ybjg.supervision.rules.SettlementFact;
import cn.ybjg.supervision.state.StateWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One poll batch: parse (unparseable → DLQ), then in one transaction upsert the state and re-check the affected
 * persons and DRG groups. If the batch transaction fails, its halves are applied apart until the record that
 * fails for good is alone; it goes to the DLQ, so one poison record never stops the stream.
 */
@ApplicationScoped
public class BatchProcessor {

    public static final String SETTLEMENTS = "settlements.v1";
    public static final String ENROLLMENTS = "enrollments.v1";
    public static final String DEATHS = "deaths.v1";

    /** A record and what it parsed to. */
    record Parsed(ConsumerRecord<byte[], byte[]> record, Object event) {
    }

    @Inject
    ObjectMapper mapper;
    @Inject
    DeadLetters deadLetters;
    @Inject
    StateWriter stateWriter;
    @Inject
    Evaluator evaluator;
    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    public void process(Iterable<ConsumerRecord<byte[], byte[]>> records) {
        List<Parsed> parsed = new ArrayList<>();
        for (var r : records) {
            try {
                Object event = parse(r);
                parsed.add(new Parsed(r, event));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // The original message leaves out the payload excerpt Jackson would append.
                deadLetters.send(r, "unparseable: " + e.getOriginalMessage());
            } catch (Exception e) {
                deadLetters.send(r, "unparseable: " + e.getMessage());
            }
        }
        applyOrSplit(parsed);
    }

    /**
     * Applies the records in one transaction; if that fails, applies each half on its own, down to the single
     * record that fails for good, which goes to the DLQ. A poison record thus costs about log2(n) extra
     * transactions instead of one transaction per record of its batch.
     */
    private void applyOrSplit(List<Parsed> parsed) {
        if (parsed.isEmpty()) return;
        try {
            QuarkusTransaction.requiringNew().run(() -> apply(parsed));
        } catch (Exception failure) {
            // The consumer loop rewinds and retries the whole poll batch, nothing is committed or dead-lettered.
            if (DatabaseOutage.causedBy(failure)) throw failure;
            if (parsed.size() == 1) {
                deadLetters.send(parsed.get(0).record(), "failed: " + failure);
                return;
            }
            Log.warnf("batch of %d failed (%s); applying its halves apart", parsed.size(), failure.toString());
            int half = parsed.size() / 2;
            applyOrSplit(parsed.subList(0, half));
            applyOrSplit(parsed.subList(half, parsed.size()));
        }
    }

    Object parse(ConsumerRecord<byte[], byte[]> r) throws Exception {
        if (r.value() == null) throw new IllegalArgumentException("empty value");
        String problem;
        Object event;
        switch (r.topic()) {
            case SETTLEMENTS -> {
                SettlementEvent e = mapper.readValue(r.value(), SettlementEvent.class);
                problem = e.problem();
                event = e;
            }
            case ENROLLMENTS -> {
                EnrollmentEvent e = mapper.readValue(r.value(), EnrollmentEvent.class);
                problem = e.problem();
                event = e;
            }
            case DEATHS -> {
                DeathEvent e = mapper.readValue(r.value(), DeathEvent.class);
                problem = e.problem();
                event = e;
            }
            default -> throw new IllegalArgumentException("unexpected topic " + r.topic());
        }
        if (!problem.isBlank()) throw new IllegalArgumentException(problem.trim());
        return event;
    }

    void apply(List<Parsed> batch) {
        List<SettlementFact> settlements = new ArrayList<>();
        List<StateWriter.Enrollment> enrollments = new ArrayList<>();
        List<StateWriter.Death> deaths = new ArrayList<>();
        Set<String> persons = new LinkedHashSet<>();
        Set<Evaluator.GroupTouch> touches = new LinkedHashSet<>();
        for (Parsed p : batch) {
            if (p.event() instanceof SettlementEvent s) {
                SettlementFact f = new SettlementFact(s.institutionCode(), s.settlementId(), s.idNumberHash(),
                        s.idNumberMasked(), s.personId(), s.regionCode(), s.gender(), s.insuranceType(), s.medicalType(),
                        s.admissionDate(), s.dischargeDate(), s.periodDate(), s.primaryDiagnosis(), s.drgCode(),
                        s.totalCost(), s.fundPayments(), "REVERSED".equals(s.status()));
                settlements.add(f);
                persons.add(f.idNumberHash());
                if (f.drgCode() != null && f.inpatient()) {
                    touches.add(new Evaluator.GroupTouch(f.regionCode(), f.drgCode(), f.periodDate()));
                }
            } else if (p.event() instanceof EnrollmentEvent e) {
                enrollments.add(new StateWriter.Enrollment(e.idNumberHash(), new EnrollmentFact(e.insuranceType(),
                        e.regionCode(), e.startDate(), e.endDate(), e.status(), e.personId(), e.idNumberMasked()),
                        e.ingestedAt()));
                persons.add(e.idNumberHash());
            } else if (p.event() instanceof DeathEvent d) {
                deaths.add(new StateWriter.Death(d.idNumberHash(), d.dateOfDeath(), d.source(), d.idNumberMasked(),
                        d.ingestedAt()));
                persons.add(d.idNumberHash());
            }
        }
        long start = System.nanoTime();
        stateWriter.write(dedupeSettlements(settlements), enrollments, deaths);
        var changes = evaluator.evaluate(persons, touches);
        registry.timer("supervision.batch").record(java.time.Duration.ofNanos(System.nanoTime() - start));
        registry.counter("supervision.records", "topic", SETTLEMENTS).increment(settlements.size());
        registry.counter("supervision.records", "topic", ENROLLMENTS).increment(enrollments.size());
        registry.counter("supervision.records", "topic", DEATHS).increment(deaths.size());
        registry.counter("supervision.flags.changes", "change", "opened").increment(changes.opened());
        registry.counter("supervision.flags.changes", "change", "reopened").increment(changes.reopened());
        registry.counter("supervision.flags.changes", "change", "updated").increment(changes.updated());
        registry.counter("supervision.flags.changes", "change", "withdrawn").increment(changes.withdrawn());
        Log.debugf("batch: %d records, %d persons, %s", batch.size(), persons.size(), changes);
    }

    /** Within one batch the same settlement may come twice (SETTLED then REVERSED): keep a reversal if any. */
    private static List<SettlementFact> dedupeSettlements(List<SettlementFact> in) {
        var byKey = new java.util.LinkedHashMap<String, SettlementFact>();
        for (SettlementFact s : in) byKey.merge(s.subjectKey(), s, (a, b) -> b.reversed() ? b : a.reversed() ? a : b);
        return new ArrayList<>(byKey.values());
    }
}
