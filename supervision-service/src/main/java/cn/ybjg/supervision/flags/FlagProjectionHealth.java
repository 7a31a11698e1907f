package cn.ybjg.supervision.flags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP while the flag projection's thread runs (or the projection is switched off). A dead thread means the flag
 * table stops following the engine: not ready (flags served would go stale) and not live (a restart revives it),
 * as for the event consumer. A batch being retried (database down) is reported, not DOWN: the database's own check
 * says that, and the thread recovers by itself.
 */
@Liveness
@Readiness
@ApplicationScoped
public class FlagProjectionHealth implements HealthCheck {

    @Inject
    FlagProjection projection;

    @Override
    public HealthCheckResponse call() {
        boolean up = !projection.enabled() || projection.alive();
        return HealthCheckResponse.named("supervision flag projection").status(up)
                .withData("enabled", projection.enabled()).withData("groupId", projection.groupId())
                .withData("lastPollMillis", projection.lastPollMillis())
                .withData("failingSinceMillis", projection.failingSinceMillis()).build();
    }
}
