package cn.ybjg.supervision.streams;

import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import cn.ybjg.supervision.SupervisionConfig;
import cn.ybjg.supervision.streams.drg.DrgTopology;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The audit engine as a Kafka Streams topology (docs/engine.md). Quarkus starts Kafka Streams only when a Topology
 * bean can be looked up, so with {@code supervision.engine=legacy} (the default) nothing of it runs.
 */
@Singleton
public class AuditTopology {
    private final Clock clock;
    private final Duration drgJudgeInterval;

    @Inject
    public AuditTopology(Clock clock, SupervisionConfig config) {
        this(clock, config.drg().judgeInterval());
    }

    public AuditTopology(Clock clock, Duration drgJudgeInterval) {
        this.clock = clock;
        this.drgJudgeInterval = drgJudgeInterval;
    }

    @Produces
    @LookupIfProperty(name = "supervision.engine", stringValue = "streams")
    public Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        RuleVersionChanges ruleChanges = new RuleVersionChanges();
        builder.addStateStore(PersonState.storeBuilder());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Topics.DECEASED_STORE),
                Serdes.String(), Serdes.String()));
        builder.addGlobalStore(RuleVersionRecord.storeBuilder(), Topics.RULE_VERSIONS,
                Consumed.with(Serdes.String(), Serdes.ByteArray()), () -> new RuleVersionLoader(ruleChanges));

        var events = builder
                .stream(List.of(Topics.SETTLEMENTS, Topics.ENROLLMENTS, Topics.DEATHS),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .processValues(EventParser::new, Named.as("parse-event"))
                .split(Named.as("events-"))
                .branch((person, parsed) -> parsed.usable(), Branched.as("usable"))
                .defaultBranch(Branched.as("rejected"));

        events.get("events-rejected")
                .processValues(DeadLetterHeaders::new, Named.as("dead-letter"))
                .to((person, raw, source) -> source.topic() + Topics.DLQ_SUFFIX,
                        Produced.with(Serdes.String(), Serdes.ByteArray()));

        var personEvents = events.get("events-usable").mapValues(ParsedEvent::event, Named.as("person-event"));
        personEvents.process(() -> new PersonAuditor(clock, ruleChanges), Named.as("audit-person"), Topics.PERSON_STORE,
                        Topics.DECEASED_STORE)
                .to(Topics.FLAGS, Produced.with(Serdes.String(), FlagEventSerde.SERDE));
        DrgTopology.attach(builder, personEvents, ruleChanges, clock, drgJudgeInterval);
        return builder.build();
    }
}
