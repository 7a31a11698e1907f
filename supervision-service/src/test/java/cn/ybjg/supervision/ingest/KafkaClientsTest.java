package cn.ybjg.supervision.ingest;

import cn.ybjg.kit.KafkaClientSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** The TLS/SASL settings of the environment reach the consumer and every producer of the service. */
class KafkaClientsTest {

    static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"supervision-service\" password=\"s3cret\";";

    /** application.properties' kafka lines over the environment of a SASL_SSL deployment with mutual TLS. */
    static Properties connection(Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new EnvConfigSource(env, 300))
                .withSources(new PropertiesConfigSource(Map.of(
                        "kafka.bootstrap.servers", "${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:9092}",
                        "kafka.security.protocol", "${KAFKA_SECURITY_PROTOCOL:PLAINTEXT}"), "application.properties", 250))
                .build();
        return KafkaClientSettings.connection(name -> config.getOptionalValue("kafka." + name, String.class));
    }

    static Map<String, String> saslSsl() {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", "kafka-1.ybjg:9093");
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
        env.put("KAFKA_SASL_MECHANISM", "PLAIN");
        env.put("KAFKA_SASL_JAAS_CONFIG", JAAS);
        env.put("KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/ybjg/kafka-truststore.p12");
        env.put("KAFKA_SSL_TRUSTSTORE_PASSWORD", "trust-pass");
        env.put("KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12");
        env.put("KAFKA_SSL_KEYSTORE_LOCATION", "/etc/ybjg/supervision-keystore.p12");
        env.put("KAFKA_SSL_KEYSTORE_PASSWORD", "key-pass");
        env.put("KAFKA_SSL_KEYSTORE_TYPE", "PKCS12");
        return env;
    }

    @Test
    void producersAndTheConsumerCarryProtocolSaslAndSsl() {
        Properties connection = connection(saslSsl());
        for (Properties p : new Properties[] {KafkaClients.producerProperties(connection, "supervision-flags"),
                KafkaClients.consumerProperties(connection, "supervision", 1000)}) {
            assertEquals("kafka-1.ybjg:9093", p.get("bootstrap.servers"));
            assertEquals("SASL_SSL", p.get("security.protocol"));
            assertEquals("PLAIN", p.get("sasl.mechanism"));
            assertEquals(JAAS, p.get("sasl.jaas.config"));
            assertEquals("/etc/ybjg/kafka-truststore.p12", p.get("ssl.truststore.location"));
            assertEquals("trust-pass", p.get("ssl.truststore.password"));
            assertEquals("PKCS12", p.get("ssl.truststore.type"));
            assertEquals("/etc/ybjg/supervision-keystore.p12", p.get("ssl.keystore.location"));
            assertEquals("key-pass", p.get("ssl.keystore.password"));
        }
        assertEquals("supervision", KafkaClients.consumerProperties(connection, "supervision", 1000).get("group.id"));
    }

    @Test
    void withoutEnvironmentItIsPlaintextToTheLocalBroker() {
        assertEquals(Map.of("bootstrap.servers", "127.0.0.1:9092", "security.protocol", "PLAINTEXT"), connection(Map.of()));
    }

    @Test
    void theKafkaClientsReadTheSaslSettings() {
        Map<String, String> env = new HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1",
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM", "PLAIN", "KAFKA_SASL_JAAS_CONFIG", JAAS));
        // Building a client applies the SASL settings (no broker needed): a good JAAS entry is accepted ...
        new KafkaConsumer<>(KafkaClients.consumerProperties(connection(env), "g", 10), new ByteArrayDeserializer(),
                new ByteArrayDeserializer()).close();
        new KafkaProducer<>(KafkaClients.producerProperties(connection(env), "p"), new ByteArraySerializer(),
                new ByteArraySerializer()).close();
        // ... and a broken one refused, so the clients really read what the connection carries.
        env.put("KAFKA_SASL_JAAS_CONFIG", "not a JAAS entry");
        assertThrows(Exception.class, () -> new KafkaConsumer<>(KafkaClients.consumerProperties(connection(env), "g", 10),
                new ByteArrayDeserializer(), new ByteArrayDeserializer()).close());
    }
}
