package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.catalog.ActiveRule;
import cn.ybjg.supervision.flags.FlagEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One event of one person: fold it into the person's state; if the facts changed, run the person rules in force on
 * the whole history and publish what changed in the person's flags. A re-delivered or superseded event changes no
 * fact and so publishes nothing (the state is not even rewritten).
 *
 * <p>Once the calendar date has moved on, the persons with a registered death are audited again without an event:
 * DECEASED_ACTIVE's grace period runs out with the calendar (what DailyRecheck does for the consumer loop).
 */
final class PersonAuditor implements Processor<String, PersonEvent, String, FlagEvent> {
    /** How often the date is looked at; the re-check itself runs once per date. */
    static final Duration DATE_CHECK_INTERVAL = Duration.ofMinutes(10);

    private final Clock clock;
    private final RuleVersionChanges ruleChanges;
    private ProcessorContext<String, FlagEvent> context;
    private KeyValueStore<String, PersonState> persons;
    private KeyValueStore<String, String> deceased;
    private RulesInForce rules;
    /** The date the deceased persons were last audited on; null after a (re)start, so the first check runs. */
    private LocalDate recheckedOn;

    PersonAuditor(Clock clock, RuleVersionChanges ruleChanges) {
        this.clock = clock;
        this.ruleChanges = ruleChanges;
    }

    @Override
    public void init(ProcessorContext<String, FlagEvent> context) {
        this.context = context;
        this.persons = context.getStateStore(Topics.PERSON_STORE);
        this.deceased = context.getStateStore(Topics.DECEASED_STORE);
        this.rules = new RulesInForce(context.getStateStore(Topics.RULE_VERSION_STORE), ruleChanges);
        context.schedule(DATE_CHECK_INTERVAL, PunctuationType.WALL_CLOCK_TIME, at -> recheckIfNewDate());
    }

    @Override
    public void process(Record<String, PersonEvent> record) {
        String person = record.key();
        PersonState before = persons.get(person);
        if (before == null) before = PersonState.EMPTY;
        PersonState after = before.apply(record.value());
        if (after.sameFacts(before)) return;
        if (after.death() != null && before.death() == null) deceased.put(person, "");
        audit(person, after, record.timestamp());
    }

    /** Runs the rules in force on the person's facts, stores the state with its flags and publishes the changes. */
    private void audit(String person, PersonState state, long timestamp) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ActiveRule> inForce = rules.personRules();
        var findings = PersonRules.evaluate(state.history(person), inForce, now.toLocalDate());
        Map<String, Integer> versions = inForce.stream().collect(Collectors.toMap(ActiveRule::code, ActiveRule::version));
        var outcome = FlagChanges.of(findings, versions.keySet(), versions, state.flags(), now);

        persons.put(person, state.withFlags(outcome.flags()));
        for (FlagEvent event : outcome.published()) context.forward(new Record<>(person, event, timestamp));
    }

    private void recheckIfNewDate() {
        LocalDate today = LocalDate.now(clock);
        if (today.equals(recheckedOn)) return;
        List<String> due = new ArrayList<>();
        try (var all = deceased.all()) {
            all.forEachRemaining(kv -> due.add(kv.key));
        }
        long at = clock.millis();
        for (String person : due) {
            PersonState state = persons.get(person);
            if (state != null) audit(person, state, at);
        }
        recheckedOn = today;
    }
}
