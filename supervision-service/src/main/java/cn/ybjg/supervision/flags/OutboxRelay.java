package cn.ybjg.supervision.flags;

import cn.ybjg.supervision.ingest.KafkaClients;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Relays the flag outbox to flags.v1 and flag-reviews.v1 with an idempotent producer (acks=all), key = idNumberHash, in outbox
 * order. Rows are deleted only after the broker acknowledged them; a crash in between re-sends the same
 * eventIds, which consumers de-duplicate.
 */
@ApplicationScoped
public class OutboxRelay {
    static final String TOPIC = "flags.v1";

    @Inject
    KafkaClients clients;

    private KafkaProducer<byte[], byte[]> producer;

    @PostConstruct
    void init() {
        producer = clients.producer("supervision-flags");
    }

    @PreDestroy
    void close() {
        producer.close();
    }

    @Scheduled(every = "${supervision.outbox.every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            while (QuarkusTransaction.requiringNew().call(this::relayBatch) == 500) {
                Log.debug("outbox: more to relay");
            }
        } catch (Exception e) {
            // Broker or database unavailable (or shutting down): the rows stay and the next run retries them.
            Log.warnf("flag outbox relay postponed: %s", e.getMessage());
        }
    }

    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<FlagOutbox> rows = FlagOutbox.getEntityManager().createNativeQuery(
                "select * from flag_outbox order by id limit 500 for update skip locked", FlagOutbox.class).getResultList();
        if (rows.isEmpty()) return 0;
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (FlagOutbox o : rows) {
            sent.add(producer.send(new ProducerRecord<>(o.topic, o.eventKey.getBytes(StandardCharsets.UTF_8),
                    o.payload.getBytes(StandardCharsets.UTF_8))));
        }
        try {
            for (Future<RecordMetadata> f : sent) f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("outbox send failed: " + e.getMessage(), e);
        }
        FlagOutbox.delete("id in ?1", rows.stream().map(o -> o.id).toList());
        return rows.size();
    }
}
