package cn.ybjg.supervision.flags;

import cn.ybjg.kit.SafeLog;
import cn.ybjg.supervision.SupervisionConfig;
import cn.ybjg.supervision.ingest.KafkaClients;
import cn.ybjg.supervision.streams.Topics;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Keeps the flag table equal to the engine's flags: a consumer of flags.v1 (docs/engine.md §6) that reads only
 * committed engine transactions (read_committed), writes each poll batch with one set-based upsert
 * ({@link FlagProjectionBatch}) and commits the offsets only after PostgreSQL committed. A batch that cannot be
 * written (database unreachable) is not committed and not skipped: the consumer seeks back and retries it after a
 * pause until the database answers. Runs when {@code supervision.flag-projection.enabled}, by default exactly when
 * {@code supervision.engine=streams}.
 */
@ApplicationScoped
public class FlagProjection {

    @Inject
    SupervisionConfig config;
    @Inject
    KafkaClients clients;
    @Inject
    FlagProjectionBatch batch;

    private volatile boolean running;
    private volatile long lastPollMillis;
    private volatile long failingSinceMillis;
    private KafkaConsumer<byte[], byte[]> consumer;
    /** The offsets this consumer last committed, per partition (only the projection thread touches it). */
    private final Map<TopicPartition, Long> committedPositions = new HashMap<>();
    private Thread thread;

    void onStart(@Observes StartupEvent ev) {
        if (enabled()) start();
    }

    void onStop(@Observes ShutdownEvent ev) throws InterruptedException {
        stop();
    }

    /** Starts the consume thread (at startup when enabled; again after {@link #stop()}). */
    public synchronized void start() {
        if (alive()) return;
        consumer = new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::run, "supervision-flag-projection");
        thread.start();
        Log.infof("flag projection: %s into the flag table, group %s", Topics.FLAGS, groupId());
    }

    /** Stops the consume thread after its current batch; what it has not committed is read again on start. */
    public synchronized void stop() throws InterruptedException {
        if (!alive()) return;
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }

    /** The service's consumer settings (TLS/SASL, manual commit, earliest) plus what a projection needs. */
    Properties consumerProperties() {
        Properties p = clients.consumerProperties(groupId(), config.flagProjection().maxPollRecords());
        // Only committed engine transactions: an aborted one (a crashed task's half-written output) never shows.
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "supervision-flag-projection");
        return p;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(Topics.FLAGS));
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                lastPollMillis = System.currentTimeMillis();
                if (records.isEmpty()) {
                    commitSkippedMarkers();
                    continue;
                }
                try {
                    FlagProjectionBatch.Outcome done = batch.process(records, groupId());
                    consumer.commitSync();
                    consumer.assignment().forEach(tp -> committedPositions.put(tp, consumer.position(tp)));
                    failingSinceMillis = 0;
                    Log.debugf("flag projection: %s", done);
                } catch (WakeupException e) {
                    throw e;
                } catch (Exception e) {
                    if (failingSinceMillis == 0) failingSinceMillis = System.currentTimeMillis();
                    Log.errorf("flag projection: batch of %d not written, retrying in %s: %s", records.count(),
                            config.flagProjection().retryPause(), SafeLog.redact(e.toString()));
                    rewind(records);
                    pause();
                }
            }
        } catch (WakeupException e) {
            if (running) throw e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * The engine writes flags.v1 in transactions, so each partition ends with a commit marker that a read_committed
     * poll skips without returning a record. Committing that position too keeps the group's lag at 0 once
     * everything is projected (monitoring and the benchmark read "lag 0" as "done"); nothing else moves it.
     */
    private void commitSkippedMarkers() {
        Map<TopicPartition, OffsetAndMetadata> moved = new HashMap<>();
        for (TopicPartition tp : consumer.assignment()) {
            long position = consumer.position(tp);
            if (!Long.valueOf(position).equals(committedPositions.get(tp))) moved.put(tp, new OffsetAndMetadata(position));
        }
        if (moved.isEmpty()) return;
        consumer.commitSync(moved);
        moved.forEach((tp, o) -> committedPositions.put(tp, o.offset()));
    }

    public boolean enabled() {
        return config.flagProjection().enabled().orElse("streams".equals(config.engine()));
    }

    public String groupId() {
        return config.flagProjection().groupId();
    }

    /** True while the projection thread runs (false when disabled by configuration). */
    public boolean alive() {
        return thread != null && thread.isAlive();
    }

    public long lastPollMillis() {
        return lastPollMillis;
    }

    /** When the batch now being retried first failed; 0 while batches go through. */
    public long failingSinceMillis() {
        return failingSinceMillis;
    }

    private void rewind(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (var r : records) first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min);
        first.forEach(consumer::seek);
    }

    private void pause() {
        try {
            Thread.sleep(config.flagProjection().retryPause().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
