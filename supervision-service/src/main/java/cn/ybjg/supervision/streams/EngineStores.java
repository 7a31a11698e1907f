package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.SupervisionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Read access to the engine's state stores on this instance (Kafka Streams interactive queries), for work that
 * needs the engine's view of every person without a copy in PostgreSQL: replays and dry runs.
 */
@ApplicationScoped
public class EngineStores {

    private static final long RETRY_MILLIS = 100;

    @Inject
    Instance<KafkaStreams> streams;
    @Inject
    SupervisionConfig config;

    /**
     * The persons of every partition this instance owns. With several instances each holds only its partitions,
     * so a full scan is complete on a single instance (docs/engine.md §7). The stores cannot be queried while the
     * engine starts or rebalances (a replay asked right after startup would otherwise fail), so this waits up to
     * {@code supervision.replay.store-wait} for them.
     *
     * @throws InvalidStateStoreException if the stores did not become queryable within that time
     */
    public ReadOnlyKeyValueStore<String, PersonState> persons() {
        return readPass(store -> store);
    }

    /**
     * Runs a read-only pass over the person store, from the start again if a rebalance closes the store under it
     * (InvalidStateStoreException while iterating), until {@code supervision.replay.store-wait} has passed. The pass
     * must keep no state across attempts: each gets the store afresh.
     */
    public <T> T readPass(Function<ReadOnlyKeyValueStore<String, PersonState>, T> pass) {
        var query = StoreQueryParameters.fromNameAndType(Topics.PERSON_STORE,
                QueryableStoreTypes.<String, PersonState>keyValueStore());
        long deadline = System.nanoTime() + config.replay().storeWait().toNanos();
        while (true) {
            try {
                return pass.apply(streams.get().store(query));
            } catch (InvalidStateStoreException e) {
                if (System.nanoTime() - deadline > 0) throw e;
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidStateStoreException("interrupted while waiting for the engine's stores");
        }
    }
}
