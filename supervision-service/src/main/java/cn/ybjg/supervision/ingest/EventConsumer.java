package cn.ybjg.supervision.ingest;

import cn.ybjg.supervision.SupervisionConfig;
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
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * A plain batched consumer of settlements.v1, enrollments.v1 and deaths.v1: poll up to maxPollRecords, process
 * the batch in one transaction, then commit the offsets. If a batch cannot be processed at all (database or
 * broker down), it seeks back and retries after a pause, so nothing is lost or committed early.
 */
@ApplicationScoped
public class EventConsumer {

    @Inject
    SupervisionConfig config;
    @Inject
    KafkaClients clients;
    @Inject
    BatchProcessor processor;

    private volatile boolean running;
    private volatile long lastPollMillis;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    void start(@Observes StartupEvent ev) {
        if (!enabled()) return;
        consumer = clients.consumer(config.consumer().groupId(), config.consumer().maxPollRecords());
        running = true;
        thread = new Thread(this::run, "supervision-consumer");
        thread.start();
    }

    void stop(@Observes ShutdownEvent ev) throws InterruptedException {
        if (thread == null) return;
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }

    private void run() {
        try {
            consumer.subscribe(List.of(BatchProcessor.SETTLEMENTS, BatchProcessor.ENROLLMENTS, BatchProcessor.DEATHS));
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                lastPollMillis = System.currentTimeMillis();
                if (records.isEmpty()) continue;
                try {
                    processor.process(records);
                    consumer.commitSync();
                } catch (WakeupException e) {
                    throw e;
                } catch (Exception e) {
                    Log.errorf("batch of %d not processed, retrying: %s", records.count(), e.toString());
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

    /** True while the consume loop runs (false when disabled by configuration). */
    public boolean alive() {
        return thread != null && thread.isAlive();
    }

    /** Off when switched off or when the streams engine audits instead (docs/engine.md). */
    public boolean enabled() {
        return config.consumer().enabled() && !config.streamsEngine();
    }

    public long lastPollMillis() {
        return lastPollMillis;
    }

    private void rewind(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (var r : records) first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min);
        first.forEach(consumer::seek);
    }

    private void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
