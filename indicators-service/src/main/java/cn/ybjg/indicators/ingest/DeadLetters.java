package cn.ybjg.indicators.ingest;

import cn.ybjg.kit.KafkaClientSettings;
import io.quarkus.logging.Log;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends a record unchanged to {@code <topic>.dlq} with the dlq-* headers of docs/events.md. */
@ApplicationScoped
public class DeadLetters {

    @Inject
    KafkaClientSettings kafka;

    private KafkaProducer<String, String> producer;

    @PostConstruct
    void start() {
        producer = new KafkaProducer<>(producerProperties(kafka.connection()));
    }

    static Properties producerProperties(Properties connection) {
        Properties config = new Properties();
        config.putAll(connection);
        config.put("acks", "all");
        config.put("key.serializer", StringSerializer.class.getName());
        config.put("value.serializer", StringSerializer.class.getName());
        return config;
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
