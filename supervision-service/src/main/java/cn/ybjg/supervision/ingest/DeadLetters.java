package cn.ybjg.supervision.ingest;

import io.quarkus.logging.Log;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends a record the consumer cannot use, unchanged, to {@code <topic>.dlq} with the dlq-* headers of
 * docs/events.md plus {@code dlq-consumer-group} (other services dead-letter to the same topics).
 */
@ApplicationScoped
public class DeadLetters {

    @Inject
    KafkaClients clients;
    @Inject
    cn.ybjg.supervision.SupervisionConfig config;

    private KafkaProducer<byte[], byte[]> producer;

    @PostConstruct
    void init() {
        producer = clients.producer("supervision-dlq");
    }

    @PreDestroy
    void close() {
        producer.close();
    }

    public void send(ConsumerRecord<byte[], byte[]> r, String why) {
        send(r, why, config.consumer().groupId());
    }

    /** As {@link #send(ConsumerRecord, String)}, for a consumer of this service in another group (flag projection). */
    public void send(ConsumerRecord<byte[], byte[]> r, String why, String consumerGroup) {
        String reason = why.length() > 300 ? why.substring(0, 300) + "…" : why;
        var out = new ProducerRecord<>(r.topic() + ".dlq", null, r.key(), r.value());
        out.headers().add("dlq-reason", reason.getBytes(StandardCharsets.UTF_8))
                .add("dlq-original-topic", r.topic().getBytes(StandardCharsets.UTF_8))
                .add("dlq-original-partition", String.valueOf(r.partition()).getBytes(StandardCharsets.UTF_8))
                .add("dlq-original-offset", String.valueOf(r.offset()).getBytes(StandardCharsets.UTF_8))
                .add("dlq-consumer-group", consumerGroup.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(out).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("dead-letter send failed: " + e.getMessage(), e);
        }
        Log.warnf("dead-lettered %s-%d@%d: %s", r.topic(), r.partition(), r.offset(), reason);
    }
}
