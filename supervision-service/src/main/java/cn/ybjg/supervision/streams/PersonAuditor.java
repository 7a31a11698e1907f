package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.catalog.ActiveRule;
import cn.ybjg.supervision.flags.FlagEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One event of one person: fold it into the person's state; if the facts changed, run the person rules in force on
 * the whole history and publish what changed in the person's flags. A re-delivered or superseded event changes no
 * fact and so publishes nothing (the state is not even rewritten).
 */
final class PersonAuditor implements Processor<String, PersonEvent, String, FlagEvent> {
    private final Clock clock;
    private ProcessorContext<String, FlagEvent> context;
    private KeyValueStore<String, PersonState> persons;
    private RulesInForce rules;

    PersonAuditor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, FlagEvent> context) {
        this.context = context;
        this.persons = context.getStateStore(Topics.PERSON_STORE);
        this.rules = new RulesInForce(context.getStateStore(Topics.RULE_VERSION_STORE));
    }

    @Override
    public void process(Record<String, PersonEvent> record) {
        String person = record.key();
        PersonState before = persons.get(person);
        if (before == null) before = PersonState.EMPTY;
        PersonState after = before.apply(record.value());
        if (after.sameFacts(before)) return;

        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ActiveRule> inForce = rules.personRules();
        var findings = PersonRules.evaluate(after.history(person), inForce, LocalDate.now(clock));
        Map<String, Integer> versions = inForce.stream().collect(Collectors.toMap(ActiveRule::code, ActiveRule::version));
        var outcome = FlagChanges.of(findings, versions.keySet(), versions, after.flags(), now);

        persons.put(person, after.withFlags(outcome.flags()));
        for (FlagEvent event : outcome.published()) context.forward(record.withValue(event));
    }
}
