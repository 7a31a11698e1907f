package cn.ybjg.claims.outbox;

import cn.ybjg.kit.KafkaClientSettings;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's producer: idempotent, acks=all, batched; bounded blocking so a dead broker is noticed. Connects with
 * {@link KafkaClientSettings#connection()} (bootstrap servers and the TLS/SASL settings).
 */
public final class RelayProducers {

    private RelayProducers() {
    }

    public static Producer<String, String> create(Properties connection, long maxBlockMillis) {
        return new KafkaProducer<>(properties(connection, maxBlockMillis));
    }

    static Properties properties(Properties connection, long maxBlockMillis) {
        Properties p = new Properties();
        p.putAll(connection);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "claims-outbox-relay");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        // settlement events are repetitive JSON: compression cuts what the broker writes and the network carries;
        // snappy runs native code, lz4 runs lz4-java's pure-Java compressor (7% of claims' samples during ingest, JFR)
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "snappy");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(maxBlockMillis));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(1000, maxBlockMillis)));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(5000, 2 * maxBlockMillis + 5)));
        return p;
    }
}
