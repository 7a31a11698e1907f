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
 * Relays the flag outbox (flags.v1, flag-reviews.v1 and the engine's reference topics) with an idempotent producer (acks=all), key = idNumberHash, in outbox
 * order. Rows are deleted only after the broker acknowledged them; a crash in between re-sends the same
 * eventIds, which consumers de-duplicate. Every record carries the header {@code origin: supervision-outbox}: an
 * outbox row is written in the transaction that changed the flag row, so this service's own flag projection
 * (FlagProjection) knows the table already holds what such a record says and passes it over.
 */
@ApplicationScoped
public class OutboxRelay {
    static final String TOPIC = "flags.v1";
    /** Marks a record as relayed from the outbox (docs/events.md); other consumers ignore it. */
    static final String ORIGIN_HEADER = "origin";
    static final String ORIGIN = "supervision-outbox";
    private static final byte[] ORIGIN_BYTES = ORIGIN.getBytes(StandardCharsets.UTF_8);

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
            var record = new ProducerRecord<>(o.topic, o.eventKey.getBytes(StandardCharsets.UTF_8),
                    o.payload == null ? null : o.payload.getBytes(StandardCharsets.UTF_8));
            record.headers().add(ORIGIN_HEADER, ORIGIN_BYTES);
            sent.add(producer.send(record));
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
