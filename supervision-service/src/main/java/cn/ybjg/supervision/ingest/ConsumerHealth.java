package cn.ybjg.supervision.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the consume loop runs (or the consumer is switched off). */
@Liveness
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    @Inject
    EventConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        boolean up = !consumer.enabled() || consumer.alive();
        return HealthCheckResponse.named("supervision event consumer").status(up)
                .withData("enabled", consumer.enabled()).withData("lastPollMillis", consumer.lastPollMillis()).build();
    }
}
