package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.SupervisionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.function.Predicate;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The audit engine's health checks, both UP under the consumer loop (its liveness is ConsumerHealth's). The
 * extension's own checks are off because they report DOWN when no topology runs.
 */
@ApplicationScoped
public class EngineHealth {

    @Inject
    SupervisionConfig config;
    @Inject
    Instance<KafkaStreams> streams;

    /** Ready while Kafka Streams is RUNNING or REBALANCING: not while it waits for its topics, restores, or died. */
    @Produces
    @Readiness
    HealthCheck ready() {
        return () -> check("supervision audit engine",
                s -> s == KafkaStreams.State.RUNNING || s == KafkaStreams.State.REBALANCING);
    }

    /**
     * Dead in ERROR, the one state Kafka Streams never leaves by itself (its global thread died, or every stream
     * thread failed; a single failed thread is replaced, see EngineThreadReplacer): the process must be restarted.
     */
    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> check("supervision audit engine alive", s -> s != KafkaStreams.State.ERROR);
    }

    private HealthCheckResponse check(String name, Predicate<KafkaStreams.State> up) {
        var response = HealthCheckResponse.named(name).withData("engine", config.engine());
        if (!config.streamsEngine()) return response.up().build();
        KafkaStreams.State state = streams.get().state();
        return response.status(up.test(state)).withData("state", state.name()).build();
    }
}
