package cn.ybjg.supervision.it;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

/**
 * The service with the Kafka Streams engine and its flag projection instead of the consumer loop. A new application
 * id and consumer group per run: the test broker's topics are read from the start, as a new deployment would.
 */
public class StreamsEngine implements QuarkusTestProfile {
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String APPLICATION_ID = "supervision-engine-test-" + RUN;

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            return Map.of("supervision.engine", "streams",
                    "quarkus.kafka-streams.application-id", APPLICATION_ID,
                    "kafka-streams.state.dir", Files.createTempDirectory("supervision-streams-test").toString(),
                    "supervision.flag-projection.group-id", "supervision-flag-projection-test-" + RUN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
