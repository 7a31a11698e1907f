package cn.ybjg.claims.outbox;

import cn.ybjg.kit.KafkaClientSettings;
import cn.ybjg.claims.ClaimsConfig;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.apache.kafka.clients.producer.Producer;

/** The background loop that keeps relaying the outbox, backing off while Kafka is unreachable. */
@ApplicationScoped
public class OutboxRelayRunner {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ClaimsConfig config;
    @Inject
    MeterRegistry registry;
    @Inject
    KafkaClientSettings kafka;

    private volatile boolean running;
    /** Failed relay rounds since the last success; the failure itself goes to the log, never to /q/health. */
    private volatile long failuresInARow;
    private volatile Instant lastSuccess;
    private Thread thread;
    private Producer<String, String> producer;

    void start(@Observes StartupEvent event) {
        if (!config.outbox().relayEnabled()) {
            Log.info("outbox relay disabled (ybjg.outbox.relay-enabled=false)");
            return;
        }
        producer = RelayProducers.create(kafka.connection(), 10_000);
        OutboxSlots slots = new OutboxSlots(config.outbox().rotateRows(), config.outbox().rotateIdleSeconds());
        OutboxRelay relay = new OutboxRelay(dataSource, producer, config.outbox().batchSize(), 30_000, slots);
        Counter relayed = registry.counter("ybjg.outbox.relayed");
        running = true;
        thread = new Thread(() -> loop(relay, relayed), "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(OutboxRelay relay, Counter relayed) {
        try (CommitSignal commits = new CommitSignal(dataSource)) {
            loop(relay, relayed, commits);
        }
    }

    private void loop(OutboxRelay relay, Counter relayed, CommitSignal commits) {
        long backoff = 0;
        while (running) {
            try {
                int n = relay.drainOnce();
                relayed.increment(n);
                lastSuccess = Instant.now();
                if (failuresInARow > 0) {
                    Log.info("outbox relay: Kafka reachable again, draining the backlog");
                }
                failuresInARow = 0;
                backoff = 0;
                if (n == 0) {
                    commits.await((int) config.outbox().pollMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failuresInARow++;
                backoff = Math.min(config.outbox().maxBackoffMillis(), Math.max(500, backoff * 2));
                Log.warnf("outbox relay: %s; events stay in the outbox, retrying in %d ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5000);
        }
        if (producer != null) {
            producer.close();
        }
    }

    public boolean enabled() {
        return config.outbox().relayEnabled();
    }

    public long failuresInARow() {
        return failuresInARow;
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }
}
