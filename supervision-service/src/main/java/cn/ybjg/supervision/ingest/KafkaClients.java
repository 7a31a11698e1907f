package cn.ybjg.supervision.ingest;

import cn.ybjg.kit.KafkaClientSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Builds the plain Kafka clients of the service, each on {@link KafkaClientSettings#connection()} (TLS/SASL included). */
@ApplicationScoped
public class KafkaClients {

    @Inject
    KafkaClientSettings settings;

    /** An idempotent producer (acks=all) of raw bytes. */
    public KafkaProducer<byte[], byte[]> producer(String clientId) {
        return new KafkaProducer<>(producerProperties(settings.connection(), clientId), new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    /** A consumer of raw bytes in {@code groupId} that commits by hand, from the earliest offset of a new group. */
    public KafkaConsumer<byte[], byte[]> consumer(String groupId, int maxPollRecords) {
        return new KafkaConsumer<>(consumerProperties(settings.connection(), groupId, maxPollRecords),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    static Properties producerProperties(Properties connection, String clientId) {
        Properties p = new Properties();
        p.putAll(connection);
        p.putAll(Map.of(ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "5", ProducerConfig.COMPRESSION_TYPE_CONFIG, "snappy"));
        return p;
    }

    /** The properties of {@link #consumer}, for a client that adds settings of its own (flag projection). */
    public Properties consumerProperties(String groupId, int maxPollRecords) {
        return consumerProperties(settings.connection(), groupId, maxPollRecords);
    }

    static Properties consumerProperties(Properties connection, String groupId, int maxPollRecords) {
        Properties p = new Properties();
        p.putAll(connection);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(maxPollRecords));
        p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, "600000");
        return p;
    }
}
