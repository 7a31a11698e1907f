package cn.ybjg.indicators.ingest;

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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/** The TLS/SASL settings of the environment reach the dead-letter producer (the channels: KafkaChannelSecurityTest). */
class KafkaClientSettingsTest {

    static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"indicators-service\" password=\"s3cret\";";

    static Properties connection(Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new EnvConfigSource(env, 300))
                .withSources(new PropertiesConfigSource(Map.of(
                        "kafka.bootstrap.servers", "${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:9092}",
                        "kafka.security.protocol", "${KAFKA_SECURITY_PROTOCOL:PLAINTEXT}"), "application.properties", 250))
                .build();
        return KafkaClientSettings.connection(name -> config.getOptionalValue("kafka." + name, String.class));
    }

    @Test
    void theDeadLetterProducerCarriesProtocolSaslAndSsl() {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", "kafka-1.ybjg:9093");
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
        env.put("KAFKA_SASL_MECHANISM", "SCRAM-SHA-256");
        env.put("KAFKA_SASL_JAAS_CONFIG", JAAS);
        env.put("KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/ybjg/kafka-truststore.jks");
        env.put("KAFKA_SSL_TRUSTSTORE_PASSWORD", "trust-pass");
        env.put("KAFKA_SSL_TRUSTSTORE_TYPE", "JKS");
        env.put("KAFKA_SSL_KEYSTORE_LOCATION", "/etc/ybjg/indicators-keystore.p12");
        env.put("KAFKA_SSL_KEYSTORE_PASSWORD", "key-pass");
        env.put("KAFKA_SSL_KEYSTORE_TYPE", "PKCS12");
        Properties p = DeadLetters.producerProperties(connection(env));
        env.forEach((name, value) -> assertEquals(value, p.get(name.substring("KAFKA_".length()).toLowerCase().replace('_', '.')), name));
        assertEquals("all", p.get("acks"));
    }

    @Test
    void withoutEnvironmentItIsPlaintextToTheLocalBroker() {
        assertEquals(Map.of("bootstrap.servers", "127.0.0.1:9092", "security.protocol", "PLAINTEXT"), connection(Map.of()));
    }

    @Test
    void theProducerReadsTheSaslSettings() {
        Map<String, String> env = new HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1",
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM", "PLAIN", "KAFKA_SASL_JAAS_CONFIG", JAAS));
        // Building the client applies the SASL settings (no broker needed): a good JAAS entry is accepted ...
        new KafkaProducer<String, String>(DeadLetters.producerProperties(connection(env))).close();
        // ... and a broken one refused, so the client really reads what the connection carries.
        env.put("KAFKA_SASL_JAAS_CONFIG", "not a JAAS entry");
        assertThrows(Exception.class, () -> new KafkaProducer<String, String>(DeadLetters.producerProperties(connection(env))).close());
    }
}
