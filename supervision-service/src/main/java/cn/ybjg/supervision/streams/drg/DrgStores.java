package cn.ybjg.supervision.streams.drg;

import cn.ybjg.supervision.rules.SettlementFact;
import cn.ybjg.supervision.streams.FactCodec;
import cn.ybjg.supervision.streams.JsonSerde;
import cn.ybjg.supervision.streams.PersonFlag;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The stores of the DRG sub-topology. The three task stores are RocksDB and changelogged, so under exactly_once_v2
 * a record's or a punctuation's writes to all of them commit with its flags.v1 output; the in-memory index of
 * {@link StayBook} is rebuilt from them when a task starts.
 */
public final class DrgStores {
    /** subjectKey → the stay (settlement and person fields, reversed or not). */
    public static final String STAYS = "drg-stays";
    /** subjectKey → its DRG_COST_OUTLIER flag as last published. */
    public static final String FLAGS = "drg-flags";
    /** regionCode|drgCode → the dates changed since the last judgement. */
    public static final String DIRTY = "drg-dirty";
    /** Global, regionCode|drgCode|year → the configured benchmark (from drg-benchmarks.v1). */
    public static final String BENCHMARKS = "drg-benchmarks";
    /** Name of the repartition by region: the topic is {@code <application-id>-drg-stays-repartition}. */
    static final String BY_REGION = "drg-stays";

    static final Serde<SettlementFact> STAY_SERDE = FactCodec.settlementSerde();
    static final Serde<PersonFlag> FLAG_SERDE = new JsonSerde<>(PersonFlag.class);
    static final Serde<DirtyDates> DIRTY_SERDE = new JsonSerde<>(DirtyDates.class);
    static final Serde<DrgBenchmarkRecord> BENCHMARK_SERDE = new JsonSerde<>(DrgBenchmarkRecord.class);

    private DrgStores() {
    }

    static StoreBuilder<KeyValueStore<String, SettlementFact>> stays() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STAYS), Serdes.String(), STAY_SERDE);
    }

    static StoreBuilder<KeyValueStore<String, PersonFlag>> flags() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FLAGS), Serdes.String(), FLAG_SERDE);
    }

    static StoreBuilder<KeyValueStore<String, DirtyDates>> dirty() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DIRTY), Serdes.String(), DIRTY_SERDE);
    }

    static StoreBuilder<KeyValueStore<String, DrgBenchmarkRecord>> benchmarks() {
        // Global stores restore from their source topic; a changelog would only duplicate it.
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BENCHMARKS), Serdes.String(), BENCHMARK_SERDE)
                .withLoggingDisabled();
    }
}
