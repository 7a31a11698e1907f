package cn.ybjg.supervision.streams.drg;

import cn.ybjg.supervision.streams.FlagEventSerde;
import cn.ybjg.supervision.streams.PersonEvent;
import cn.ybjg.supervision.streams.RuleVersionChanges;
import cn.ybjg.supervision.streams.Topics;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The region-keyed DRG_COST_OUTLIER sub-topology (docs/engine.md §5): inpatient stays with a DRG group, re-keyed by
 * regionCode (a group's tier on a date depends on every group of its region, so a region is judged in one task),
 * judged by {@link DrgJudge}, flags to flags.v1 keyed by the stay's idNumberHash like the person rules' flags.
 */
public final class DrgTopology {
    /**
     * Partitions of the repartition topic, so tasks of the DRG sub-topology. Kafka Streams spreads tasks over stream
     * threads by count, blind to their load: with one task per input partition (six, of which only the task of the
     * region's partition has work) a thread was given four of the six person tasks and the busy DRG task while the
     * other thread idled (measured: 2,900 settlements/s against 8,600 with the load split evenly). One task judges
     * every region (~34,000 stays/s); more need a new application id (docs/engine.md §9).
     */
    static final int PARTITIONS = 1;

    private DrgTopology() {
    }

    public static void attach(StreamsBuilder builder, KStream<String, PersonEvent> personEvents,
            RuleVersionChanges ruleChanges, Clock clock,
            Duration judgeInterval) {
        builder.addStateStore(DrgStores.stays());
        builder.addStateStore(DrgStores.flags());
        builder.addStateStore(DrgStores.dirty());
        builder.addGlobalStore(DrgStores.benchmarks(), Topics.DRG_BENCHMARKS,
                Consumed.with(Serdes.String(), Serdes.ByteArray()), DrgBenchmarkLoader::new);
        personEvents
                .flatMapValues(event -> DrgStays.of(event).stream().toList(), Named.as("drg-stay"))
                // claims never changes a settlement's fields after acceptance, only its status: a stay's region never moves
                .selectKey((person, stay) -> stay.regionCode(), Named.as("drg-by-region"))
                .repartition(Repartitioned.with(Serdes.String(), DrgStores.STAY_SERDE).withName(DrgStores.BY_REGION)
                        .withNumberOfPartitions(PARTITIONS))
                .process(() -> new DrgJudge(clock, ruleChanges, judgeInterval), Named.as("drg-judge"), DrgStores.STAYS,
                        DrgStores.FLAGS, DrgStores.DIRTY)
                .to(Topics.FLAGS, Produced.with(Serdes.String(), FlagEventSerde.SERDE));
    }
}
