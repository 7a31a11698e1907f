package cn.ybjg.kit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.Config;

/**
 * Where the brokers are and how to reach them securely, for every Kafka client a service builds itself (claims'
 * outbox producer and readiness admin client, supervision's consumer and producers, indicators' dead-letter
 * producer): {@code kafka.bootstrap.servers},
 * {@code kafka.security.protocol} and every {@code kafka.ssl.*} / {@code kafka.sasl.*} setting a Kafka client knows,
 * each also settable as its environment variable ({@code KAFKA_SASL_JAAS_CONFIG} for {@code kafka.sasl.jaas.config}).
 * These are the same {@code kafka.*} properties Quarkus hands to its own Kafka clients (deploy/README.md, "Kafka
 * security").
 */
@ApplicationScoped
public class KafkaClientSettings {

    /** The setting names, without the {@code kafka.} prefix. */
    static final List<String> NAMES = Stream.concat(
            Stream.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, CommonClientConfigs.SECURITY_PROTOCOL_CONFIG),
            ProducerConfig.configNames().stream().filter(n -> n.startsWith("ssl.") || n.startsWith("sasl.")).sorted())
            .toList();

    @Inject
    Config config;

    /** A fresh copy, for the caller to add its client's own settings to. */
    public Properties connection() {
        return connection(name -> config.getOptionalValue("kafka." + name, String.class));
    }

    /** The settings {@code kafkaSetting} knows (looked up by name without prefix); blank ones stay unset. */
    public static Properties connection(Function<String, Optional<String>> kafkaSetting) {
        Properties p = new Properties();
        for (String name : NAMES) {
            kafkaSetting.apply(name).filter(v -> !v.isBlank()).ifPresent(v -> p.put(name, v));
        }
        if (!p.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalStateException("kafka.bootstrap.servers (KAFKA_BOOTSTRAP_SERVERS) is not set");
        }
        return p;
    }
}
