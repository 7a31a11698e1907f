package cn.ybjg.indicators.ingest;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends a record unchanged to {@code <topic>.dlq} with the dlq-* headers of docs/events.md. */
@ApplicationScoped
public class DeadLetters {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private KafkaProducer<String, String> producer;

    @PostConstruct
    void start() {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", kafkaConfig.getOrDefault("bootstrap.servers", "127.0.0.1:9092"));
        config.put("acks", "all");
        config.put("key.serializer", StringSerializer.class.getName());
        config.put("value.serializer", StringSerializer.class.getName());
        producer = new KafkaProducer<>(config);
    }

    @PreDestroy
    void stop() {
        producer.close();
    }

    public void send(ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(record.topic() + ".dlq", record.key(), record.value());
        dead.headers().add("dlq-reason", reason.getBytes(StandardCharsets.UTF_8));
        dead.headers().add("dlq-original-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        dead.headers().add("dlq-original-partition", Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        dead.headers().add("dlq-original-offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(dead).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not dead-letter " + record.topic() + "/" + record.partition()
                    + "@" + record.offset(), e);
        }
        Log.warnf("dead-lettered %s partition %d offset %d: %s", record.topic(), record.partition(), record.offset(), reason);
    }
}
