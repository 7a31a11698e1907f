package cn.ybjg.supervision.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the plain Kafka clients of the service from {@code kafka.bootstrap.servers}. */
@ApplicationScoped
public class KafkaClients {

    @Inject
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    public String bootstrap() {
        return bootstrap;
    }

    /** An idempotent producer (acks=all) of raw bytes. */
    public KafkaProducer<byte[], byte[]> producer(String clientId) {
        Properties p = new Properties();
        p.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "5", ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"));
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
