package cn.ybjg.indicators.ingest;

import cn.ybjg.kit.KafkaClientSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The incoming channels and the Kafka health check are configured by Quarkus from its default-kafka-broker map; the
 * security protocol of application.properties is in it, as in the connection of the service's own producer.
 */
@QuarkusTest
class KafkaChannelSecurityTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> channelConfig;
    @Inject
    KafkaClientSettings settings;

    @Test
    void channelsAndTheOwnProducerShareProtocolAndBrokers() {
        Properties own = settings.connection();
        assertEquals("PLAINTEXT", own.get("security.protocol"));
        assertEquals(own.get("security.protocol"), channelConfig.get("security.protocol"));
        assertEquals(own.get("bootstrap.servers"), channelConfig.get("bootstrap.servers"));
    }
}
