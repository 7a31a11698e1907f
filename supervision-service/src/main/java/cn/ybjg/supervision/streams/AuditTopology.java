package cn.ybjg.supervision.streams;

import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The audit engine as a Kafka Streams topology (docs/engine.md). Quarkus starts Kafka Streams only when a Topology
 * bean can be looked up, so with {@code supervision.engine=legacy} (the default) nothing of it runs.
 */
@Singleton
public class AuditTopology {
    private final Clock clock;

    @Inject
    public AuditTopology(Clock clock) {
        this.clock = clock;
    }

    @Produces
    @LookupIfProperty(name = "supervision.engine", stringValue = "streams")
    public Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(PersonState.storeBuilder());
        builder.addGlobalStore(RuleVersionRecord.storeBuilder(), Topics.RULE_VERSIONS,
                Consumed.with(Serdes.String(), Serdes.ByteArray()), RuleVersionLoader::new);

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

        events.get("events-usable")
                .mapValues(ParsedEvent::event, Named.as("person-event"))
                .process(() -> new PersonAuditor(clock), Named.as("audit-person"), Topics.PERSON_STORE)
                .to(Topics.FLAGS, Produced.with(Serdes.String(), FlagEventSerde.SERDE));
        return builder.build();
    }
}
