package cn.ybjg.claims.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ybjg.kit.KafkaClientSettings;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The TLS/SASL settings of the configuration reach every Kafka client the service builds. */
class KafkaClientSettingsTest {

    static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"claims-service\" password=\"s3cret\";";

    /** The environment of a SASL_SSL deployment with mutual TLS (deploy/README.md, "Kafka security"). */
    static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", "kafka-1.ybjg:9093,kafka-2.ybjg:9093");
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
        env.put("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
        env.put("KAFKA_SASL_JAAS_CONFIG", JAAS);
        env.put("KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/ybjg/kafka-truststore.p12");
        env.put("KAFKA_SSL_TRUSTSTORE_PASSWORD", "trust-pass");
        env.put("KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12");
        env.put("KAFKA_SSL_KEYSTORE_LOCATION", "/etc/ybjg/claims-keystore.p12");
        env.put("KAFKA_SSL_KEYSTORE_PASSWORD", "key-pass");
        env.put("KAFKA_SSL_KEYSTORE_TYPE", "PKCS12");
        env.put("KAFKA_SSL_KEY_PASSWORD", "");          // set but empty: Kafka must not see it
        env.put("KAFKA_GROUP_ID", "someone-elses");     // not a connection setting
        return env;
    }

    /** The service's application.properties lines, over the given environment. */
    static SmallRyeConfig config(Map<String, String> env) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new EnvConfigSource(env, 300))
                .withSources(new PropertiesConfigSource(Map.of(
                        "kafka.bootstrap.servers", "${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:9092}",
                        "kafka.security.protocol", "${KAFKA_SECURITY_PROTOCOL:PLAINTEXT}"), "application.properties", 250))
                .build();
    }

    static Properties connection(SmallRyeConfig config) {
        return KafkaClientSettings.connection(name -> config.getOptionalValue("kafka." + name, String.class));
    }

    @Test
    void theEnvironmentsSecuritySettingsAreTheConnection() {
        Properties p = connection(config(environment()));
        Map<String, String> expected = new HashMap<>(Map.of(
                "bootstrap.servers", "kafka-1.ybjg:9093,kafka-2.ybjg:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", JAAS,
                "ssl.truststore.location", "/etc/ybjg/kafka-truststore.p12",
                "ssl.truststore.password", "trust-pass",
                "ssl.truststore.type", "PKCS12",
                "ssl.keystore.location", "/etc/ybjg/claims-keystore.p12",
                "ssl.keystore.password", "key-pass",
                "ssl.keystore.type", "PKCS12"));
        assertEquals(expected, p);
    }

    @Test
    void withoutEnvironmentItIsPlaintextToTheLocalBroker() {
        assertEquals(Map.of("bootstrap.servers", "127.0.0.1:9092", "security.protocol", "PLAINTEXT"),
                connection(config(Map.of())));
    }

    @Test
    void theRelayProducerGetsThemNextToItsOwnSettings() {
        Properties p = RelayProducers.properties(connection(config(environment())), 2000);
        assertEquals("SASL_SSL", p.get("security.protocol"));
        assertEquals(JAAS, p.get("sasl.jaas.config"));
        assertEquals("/etc/ybjg/kafka-truststore.p12", p.get("ssl.truststore.location"));
        assertEquals("/etc/ybjg/claims-keystore.p12", p.get("ssl.keystore.location"));
        assertEquals("all", p.get("acks"));
        assertFalse(p.containsKey("group.id"));
    }

    @Test
    void aKafkaProducerReadsTheSaslSettings() {
        Map<String, String> env = new HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1",
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM", "PLAIN",
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"claims-service\" password=\"s3cret\";"));
        // Building the client applies the SASL settings (no broker needed): a good JAAS entry is accepted ...
        RelayProducers.create(connection(config(env)), 100).close();
        // ... and a broken one refused, so the client really reads what the connection carries.
        env.put("KAFKA_SASL_JAAS_CONFIG", "not a JAAS entry");
        assertThrows(Exception.class, () -> RelayProducers.create(connection(config(env)), 100).close());
    }

    @Test
    void noBootstrapServersIsAConfigurationError() {
        assertThrows(IllegalStateException.class,
                () -> KafkaClientSettings.connection(name -> Optional.of("SSL").filter(v -> name.equals("security.protocol"))));
    }
}
